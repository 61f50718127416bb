package cn.yinling.hotline.cases.catalog;

/** The seven groups of the service menu in the seed documents. */
public enum ServiceCategory {
    HOUSEKEEPING,          // 家政服务
    LIFE_CARE,             // 生活照料
    HEALTH,                // 医疗保健
    LEGAL_POLICY,          // 法律维权与政策咨询
    SPIRITUAL_COMFORT,     // 精神慰藉
    ERRANDS,               // 代办服务
    DAILY_COMPANIONSHIP    // 日间陪护
}
