package cn.yinling.hotline.bot.nlu;

import java.util.List;

/** The intent labels, exactly as in the training data and the public development set. */
public final class Intents {

    public static final String BOOK_SERVICE = "book_service";
    public static final String QUERY_BALANCE = "query_balance";
    public static final String QUERY_BOOKING = "query_booking";
    public static final String CANCEL_BOOKING = "cancel_booking";
    public static final String RESCHEDULE_BOOKING = "reschedule_booking";
    public static final String COMPLAINT = "complaint";
    public static final String EMERGENCY = "emergency";
    public static final String HUMAN_AGENT = "human_agent";
    public static final String POLICY_INQUIRY = "policy_inquiry";
    public static final String CHITCHAT = "chitchat";
    public static final String GREETING = "greeting";
    public static final String GOODBYE = "goodbye";
    public static final String AFFIRM = "affirm";
    public static final String DENY = "deny";
    public static final String RATE_SERVICE = "rate_service";
    public static final String OUT_OF_SCOPE = "out_of_scope";
    /**
     * Not a label of the intent model (not in {@link #ALL}): "我的申请到哪一步了" is recognised by cue phrases
     * (nlu/application-status-cues.txt) before the model is asked.
     */
    public static final String QUERY_APPLICATION = "query_application";

    public static final List<String> ALL = List.of(BOOK_SERVICE, QUERY_BALANCE, QUERY_BOOKING, CANCEL_BOOKING,
            RESCHEDULE_BOOKING, COMPLAINT, EMERGENCY, HUMAN_AGENT, POLICY_INQUIRY, CHITCHAT, GREETING, GOODBYE,
            AFFIRM, DENY, RATE_SERVICE, OUT_OF_SCOPE);

    private Intents() {
    }
}
