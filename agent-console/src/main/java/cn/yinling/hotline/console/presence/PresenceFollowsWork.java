package cn.yinling.hotline.console.presence;

import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CaseChanged;
import cn.yinling.hotline.cases.casework.CaseStatus;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.queue.QueueCallAnswered;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Moves agents' presence with their work, after the change that caused it committed: a call or chat
 * claimed or assigned → 通话中; a call answered from the phone queue → 通话中; the last one closed or
 * resolved → 话后处理; and, on every node every {@code check-every}, after-call work that lasted its
 * longest → 空闲 (the conditional update lets only one node record it).
 */
@Component
class PresenceFollowsWork {

    private final Presence presence;
    private final Cases cases;

    PresenceFollowsWork(Presence presence, Cases cases) {
        this.presence = presence;
        this.cases = cases;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(CaseChanged changed) {
        if (changed.assigneeId() == null) {
            return;
        }
        CareCase c = cases.get(changed.caseId().value());
        if (!presence.isLive(c.getType().name())) {
            return;
        }
        if (changed.status() == CaseStatus.CLAIMED) {
            presence.tookContact(changed.assigneeId());
        } else if (!changed.status().isOpen()) {
            presence.contactEnded(changed.assigneeId());
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(QueueCallAnswered answered) {
        if (answered.agentId() != null) {
            presence.tookContact(answered.agentId());
        }
    }

    @Scheduled(fixedDelayString = "${hotline.console.presence.check-every:PT10S}")
    void moveOn() {
        presence.moveOn();
    }
}
