package cn.yinling.hotline.cases.conversation;

/** Who answers a conversation now: the dialog engine, or a person who has taken it over. */
public enum Handling {
    BOT,
    PERSON
}
