package cn.yinling.hotline.cases.policy;

/** Whether one entitlement is kept per elder or shared by a household (两位老人按同一户执行). */
public enum PolicyScope { PERSON, HOUSEHOLD }
