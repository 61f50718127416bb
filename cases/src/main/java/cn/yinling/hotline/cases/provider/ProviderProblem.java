package cn.yinling.hotline.cases.provider;

/** What can be wrong in what staff enter about providers and workers; the console words each as {@code provider.problem.*}. */
public enum ProviderProblem {
    NAME_MISSING, NAME_TOO_LONG, CONTACT_TOO_LONG, PHONE_INVALID, CONTRACT_NUMBER_TOO_LONG, DATE_INVALID,
    CONTRACT_DATES_INVERTED, CATEGORIES_MISSING, AREA_MISSING, AREA_TOO_LONG,
    PROVIDER_MISSING, WORKER_NUMBER_INVALID, WORKER_NUMBER_TAKEN, CATEGORY_NOT_IN_CONTRACT,
    SHIFT_INVALID, SHIFT_OVERLAP, ABSENCE_DATES_INVERTED, REASON_MISSING, REASON_TOO_LONG
}
