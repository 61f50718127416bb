package cn.yinling.hotline.cases.elder;

/**
 * Published inside the transaction that changed an elder's record, so what follows from the record
 * (eligibility for subsidies) changes with it or not at all.
 */
public record ElderRecordChanged(ElderId elderId, Cause cause) {

    /** What changed: a new record, an edit (identity, flags, living situation, …), or an ADL assessment. */
    public enum Cause { INTAKE, RECORD, ADL_ASSESSMENT }
}
