package cn.yinling.hotline.cases.voice;

/** How fast the phone line's prompts are spoken to an elder: the standard recordings, or the slow set. */
public enum Pace { NORMAL, SLOW }
