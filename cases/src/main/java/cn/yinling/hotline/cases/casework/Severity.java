package cn.yinling.hotline.cases.casework;

public enum Severity { NORMAL, SERIOUS }
