package cn.yinling.hotline.cases.elder;

public enum LivingSituation { ALONE, EMPTY_NEST, WITH_FAMILY }
