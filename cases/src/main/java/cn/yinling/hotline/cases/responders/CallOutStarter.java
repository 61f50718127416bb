package cn.yinling.hotline.cases.responders;

import cn.yinling.hotline.cases.LoadingHistory;
import cn.yinling.hotline.cases.casework.CaseOpened;
import cn.yinling.hotline.cases.casework.CaseType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Starts the call-out when an emergency is opened for an identified elder, once the case is
 * committed (a case that rolled back calls nobody). The start is written in a transaction of its
 * own; a failure is logged and leaves the emergency with the agents, as before.
 */
@Component
class CallOutStarter {

    private static final Logger log = LoggerFactory.getLogger(CallOutStarter.class);

    private final CallOuts callOuts;
    private final ResponderProperties properties;

    CallOutStarter(CallOuts callOuts, ResponderProperties properties) {
        this.callOuts = callOuts;
        this.properties = properties;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CaseOpened e) {
        // The start-up's history (the demo street's replayed weeks) is nothing to call anybody about.
        if (LoadingHistory.onThisThread() || !properties.enabled() || e.type() != CaseType.EMERGENCY || e.elderId() == null) {
            return;
        }
        try {
            callOuts.start(e.caseId()).ifPresent(o -> log.info("Emergency case {}: calling the responders of elder {}",
                    e.caseId(), e.elderId()));
        } catch (RuntimeException ex) {
            log.error("Emergency case {}: the responders' call-out could not be started", e.caseId(), ex);
        }
    }
}
