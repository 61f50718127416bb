package cn.yinling.hotline.cases.catalog;

/** Regular items come on a weekly round; appointment items are booked ahead. */
public enum ServiceKind { REGULAR, APPOINTMENT }
