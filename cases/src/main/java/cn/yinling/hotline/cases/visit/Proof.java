package cn.yinling.hotline.cases.visit;

/**
 * How an arrival or departure was proven: the elder's own phone (caller ID proves the place, the
 * worker number who), a visit code keyed from another phone (weaker: it proves only that the caller
 * has the worker's SMS), or staff recording what was reported otherwise.
 */
public enum Proof {
    ELDER_PHONE, VISIT_CODE, STAFF;

    /** The weakest of two proofs, for a visit's overall strength. */
    public Proof weaker(Proof other) {
        return other == null || other.ordinal() < ordinal() ? this : other;
    }
}
