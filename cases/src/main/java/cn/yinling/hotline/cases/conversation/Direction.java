package cn.yinling.hotline.cases.conversation;

public enum Direction { IN, OUT }
