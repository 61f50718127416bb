package cn.yinling.hotline.cases.sms;

/** QUEUED until a node claims it (SENDING); SENT once the provider accepted it; FAILED when retries ran out. */
public enum TextMessageState { QUEUED, SENDING, SENT, FAILED }
