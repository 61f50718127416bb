package cn.yinling.hotline.cases.application;

/** Where an application stands; the order of the review steps is the order here. */
public enum ApplicationState {
    SUBMITTED, COMMUNITY_REVIEW, PUBLIC_NOTICE, STREET_REVIEW, DISTRICT_APPROVAL, APPROVED, REFUSED;

    public boolean isFinal() {
        return this == APPROVED || this == REFUSED;
    }

    /** The step after this one when it is passed; none for a final state. */
    ApplicationState next() {
        return switch (this) {
            case SUBMITTED -> COMMUNITY_REVIEW;
            case COMMUNITY_REVIEW -> PUBLIC_NOTICE;
            case PUBLIC_NOTICE -> STREET_REVIEW;
            case STREET_REVIEW -> DISTRICT_APPROVAL;
            case DISTRICT_APPROVAL -> APPROVED;
            case APPROVED, REFUSED -> throw new IllegalStateException(this + " is final");
        };
    }
}
