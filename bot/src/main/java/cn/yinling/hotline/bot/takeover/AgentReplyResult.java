package cn.yinling.hotline.bot.takeover;

/**
 * What became of an agent's reply: delivered on WeChat, stored for the web widget to fetch, not
 * delivered (WeChat's {@code errcode} and message, for the agent to see), or no open chat to reply in.
 */
public record AgentReplyResult(Outcome outcome, Long messageId, int errcode, String error) {

    public enum Outcome { DELIVERED, STORED, FAILED, NO_CHAT }

    public boolean ok() {
        return outcome == Outcome.DELIVERED || outcome == Outcome.STORED;
    }

    static AgentReplyResult delivered(Long messageId) {
        return new AgentReplyResult(Outcome.DELIVERED, messageId, 0, null);
    }

    static AgentReplyResult stored(Long messageId) {
        return new AgentReplyResult(Outcome.STORED, messageId, 0, null);
    }

    static AgentReplyResult failed(Long messageId, int errcode, String error) {
        return new AgentReplyResult(Outcome.FAILED, messageId, errcode, error);
    }

    static AgentReplyResult noChat() {
        return new AgentReplyResult(Outcome.NO_CHAT, null, 0, null);
    }
}
