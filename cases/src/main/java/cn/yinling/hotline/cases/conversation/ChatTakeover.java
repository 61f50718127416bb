package cn.yinling.hotline.cases.conversation;

import cn.yinling.hotline.cases.casework.CaseChanged;
import cn.yinling.hotline.cases.casework.CaseStatus;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The rule tying chats to casework: claiming (or being reassigned) a case takes its open chats over
 * for that agent; resolving or closing the case hands them back to the bot. Runs in the case change's
 * transaction, so the case and its chats never disagree.
 */
@Component
class ChatTakeover {

    private final Conversations conversations;

    ChatTakeover(Conversations conversations) {
        this.conversations = conversations;
    }

    @EventListener
    void on(CaseChanged change) {
        long caseId = change.caseId().value();
        if (change.status() == CaseStatus.CLAIMED && change.assigneeId() != null) {
            conversations.openChatsOfCase(caseId).forEach(c -> conversations.takeOver(c.getId(), change.assigneeId()));
        } else if (!change.status().isOpen()) {
            conversations.openChatsOfCase(caseId).forEach(c -> conversations.handBack(c.getId()));
        }
    }
}
