package cn.yinling.hotline.cases.eligibility;

/** A staff decision against the rules: enrol although they say no, or exclude although they say yes. */
public enum OverrideEffect { INCLUDE, EXCLUDE }
