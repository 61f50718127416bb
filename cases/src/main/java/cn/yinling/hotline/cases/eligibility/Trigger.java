package cn.yinling.hotline.cases.eligibility;

/** What made the rules look at an elder again; kept as {@code started_by}/{@code ended_by} of what they decided. */
public enum Trigger { INTAKE, RECORD, ADL_ASSESSMENT, BIRTHDAY, POLICY_FILE, STAFF }
