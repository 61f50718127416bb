package cn.yinling.hotline.cases.application;

/** How an application reached the centre. */
public enum ApplicationChannel { PHONE, DESK }
