package cn.yinling.hotline.console.workspace;

import java.util.List;

/** Everything the workspace shows about one case and its elder, ready for the page (labels in Chinese). */
record CaseFile(CaseSummary kase, ElderRecord elder, List<BalanceLine> balances, List<BookingLine> upcoming,
        List<BookingLine> recent, List<ConversationLine> conversations, List<TimelineLine> timeline) {

    record CaseSummary(long id, String typeLabel, String priorityLabel, boolean emergency, String statusLabel,
            boolean open, String subject, String channelLabel, String openedAt, String dueAt, boolean overdue,
            Long assigneeId, String holderName, String wrapUpLabel, boolean complaint, String outcomeLabel,
            String remedy) {
    }

    record ElderRecord(long id, String name, String sexLabel, int age, String maskedId, String registrationLabel,
            String address, String community, String livingLabel, String healthNotes, List<String> flags,
            List<String> adlNeedsHelp, boolean unableToSelfCare, List<String> phones, List<FamilyLine> family) {
    }

    /** {@code phones}: the numbers an agent calls the family member on, as on the elder's own record. */
    record FamilyLine(String name, String relation, List<String> phones, boolean wechatBound, String boundAt,
            boolean notifyConsent) {
    }

    record BalanceLine(String policyName, String categoryLabel, String available, String held, String granted,
            String expiresOn, boolean shared) {
    }

    record BookingLine(long id, String service, String startsAt, int minutes, String statusLabel, String worker,
            String channelLabel, boolean changeable) {
    }

    /** {@code id} and each message's {@code id} let the page fetch only newer lines of a live chat. */
    record ConversationLine(long id, String channelLabel, String startedAt, List<MessageLine> messages) {
    }

    /**
     * {@code who}: the speaker as the agent reads it (来电人, 家属（微信）, 客服, 机器人); {@code undelivered}: an
     * agent's reply the channel refused, with {@code problem} saying why (it can be sent again);
     * {@code delivery}: what became of an agent's reply in words (已发送, 已送达, 未送达) and
     * {@code deliveryState} its code for the page (null for every other line and for old replies).
     */
    record MessageLine(long id, String at, boolean fromCaller, boolean fromAgent, String who, String text, String intent,
            String confidence, boolean undelivered, String problem, String delivery, String deliveryState) {
    }

    record TimelineLine(String at, String kindLabel, String actor, String note) {
    }
}
