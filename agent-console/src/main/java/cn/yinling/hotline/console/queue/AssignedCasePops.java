package cn.yinling.hotline.console.queue;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Opens an automatically assigned case in its agent's browsers, on this node and through the relay on the others. */
@Component
class AssignedCasePops {

    private final ScreenPopStream stream;
    private final QueueRelay relay;

    AssignedCasePops(ScreenPopStream stream, QueueRelay relay) {
        this.stream = stream;
        this.relay = relay;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CaseAutoAssigned assigned) {
        ScreenPop pop = new ScreenPop(assigned.agentId(), "/console/cases/" + assigned.caseId());
        stream.push(pop);
        relay.publish(pop);
    }
}
