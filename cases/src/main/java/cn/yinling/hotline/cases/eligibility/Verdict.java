package cn.yinling.hotline.cases.eligibility;

/** A policy's rules applied to an elder on a day: eligible or not, and why in words for the record. */
public record Verdict(boolean eligible, String reason) {
}
