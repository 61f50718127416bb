package cn.yinling.hotline.cases.elder;

/** Household registration (户籍). */
public enum Registration { URBAN, RURAL }
