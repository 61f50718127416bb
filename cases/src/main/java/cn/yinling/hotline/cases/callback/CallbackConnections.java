package cn.yinling.hotline.cases.callback;

import cn.yinling.hotline.cases.queue.QueueCallAnswered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Marks a callback connected when an agent picks up its queued call. After the queue's own
 * transaction has committed, so a failure here never undoes the answer the queue recorded.
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
}
