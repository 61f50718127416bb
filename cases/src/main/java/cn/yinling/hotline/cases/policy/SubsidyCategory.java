package cn.yinling.hotline.cases.policy;

/** 无偿 / 低偿 / 有偿 service, plus volunteer service. */
public enum SubsidyCategory { FREE, LOW_COST, PAID, VOLUNTEER }
