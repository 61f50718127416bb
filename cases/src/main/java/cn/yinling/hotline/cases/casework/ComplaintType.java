package cn.yinling.hotline.cases.casework;

/** What a complaint is about; the NLU's complaint_type slot uses the lower-case names. */
public enum ComplaintType { LATE, NO_SHOW, ATTITUDE, QUALITY, OVERCHARGE, HOTLINE, OTHER }
