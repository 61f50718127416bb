package cn.yinling.hotline.cases.policy;

/** What a policy grants: minutes of service, or money in fen (1/100 yuan). */
public enum EntitlementUnit { MINUTES, FEN }
