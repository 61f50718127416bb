package cn.yinling.hotline.cases.casework;

public enum CaseType { COMPLAINT, EMERGENCY, HANDOFF, CHECKIN_ALERT, FOLLOW_UP }
