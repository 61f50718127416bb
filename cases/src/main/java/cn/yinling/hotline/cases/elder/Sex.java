package cn.yinling.hotline.cases.elder;

public enum Sex { MALE, FEMALE }
