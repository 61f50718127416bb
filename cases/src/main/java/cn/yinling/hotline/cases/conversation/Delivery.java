package cn.yinling.hotline.cases.conversation;

/**
 * What became of an agent's reply: DELIVERED on WeChat, STORED for the web chat to fetch, FAILED when
 * the channel refused it (it can be sent again).
 */
public enum Delivery { DELIVERED, STORED, FAILED }
