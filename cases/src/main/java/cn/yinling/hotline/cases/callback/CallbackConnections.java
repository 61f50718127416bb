package cn.yinling.hotline.cases.callback;

import cn.yinling.hotline.cases.casework.CaseChanged;
import cn.yinling.hotline.cases.queue.QueueCallAnswered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps callbacks in step with what happens elsewhere: connected when an agent picks up the queued
 * call, cancelled when its case is resolved or closed. After the other transaction has committed, so
 * a failure here never undoes what the queue or the agent recorded.
 */
@Component
class CallbackConnections {

    private static final Logger log = LoggerFactory.getLogger(CallbackConnections.class);

    private final Callbacks callbacks;

    CallbackConnections(Callbacks callbacks) {
        this.callbacks = callbacks;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(QueueCallAnswered answered) {
        try {
            callbacks.connected(answered.uniqueid());
        } catch (RuntimeException e) {
            log.warn("Could not mark the callback of call {} connected", answered.uniqueid(), e);
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CaseChanged changed) {
        if (changed.status().isOpen()) {
            return;
        }
        try {
            callbacks.caseEnded(changed.caseId().value());
        } catch (RuntimeException e) {
            log.warn("Could not cancel the callbacks of case {}", changed.caseId(), e);
        }
    }
}
