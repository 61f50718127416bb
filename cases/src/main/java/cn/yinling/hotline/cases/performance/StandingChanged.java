package cn.yinling.hotline.cases.performance;

/** A listing was approved, rejected or lifted: who may take new work may have changed. */
public record StandingChanged(long listingId, SubjectKind kind, long subjectId, ListKind list, ListingState state) {
}
