package cn.yinling.hotline.cases.performance;

/** 红榜 (honour, no effect on work) or 黑名单 (no new work orders while in effect). */
public enum ListKind { RED, BLACK }
