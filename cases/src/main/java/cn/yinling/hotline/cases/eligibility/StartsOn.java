package cn.yinling.hotline.cases.eligibility;

/** When an enrolment the rules make begins: the day the rule becomes true, or the first day of that month. */
public enum StartsOn { DAY, MONTH }
