package cn.yinling.hotline.console.queue;

import cn.yinling.hotline.cases.elder.Caller;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.queue.QueueCallAnswered;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns "agent X answered a queued call" (the AMI's {@code AgentConnect}) into a screen pop in X's
 * browsers: on this node directly, on the other nodes through {@link QueueRelay}. After the
 * transaction that recorded the answer commits, so the page the browser opens can read it.
 */
@Component
class ScreenPops {

    private static final Logger log = LoggerFactory.getLogger(ScreenPops.class);

    private final Elders elders;
    private final ScreenPopStream stream;
    private final QueueRelay relay;

    ScreenPops(Elders elders, ScreenPopStream stream, QueueRelay relay) {
        this.elders = elders;
        this.stream = stream;
        this.relay = relay;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(QueueCallAnswered answered) {
        if (answered.agentId() == null) {
            log.info("Call {} was answered by queue member {}, which is no console account; nothing pops up",
                    answered.uniqueid(), answered.memberName());
            return;
        }
        ScreenPop pop = new ScreenPop(answered.agentId(), pathFor(answered));
        int here = stream.push(pop);
        relay.publish(pop);
        log.info("Call {} answered by agent {}: opening {} ({} browser(s) on this node)", answered.uniqueid(),
                answered.agentId(), pop.path(), here);
    }

    /** The case when the IVR opened one; else the caller's record; else the directory searched for the number. */
    private String pathFor(QueueCallAnswered answered) {
        if (answered.caseId() != null) {
            return "/console/cases/" + answered.caseId();
        }
        if (answered.elderId() != null) {
            return "/console/elders/" + answered.elderId();
        }
        String number = answered.callerNumber();
        if (number == null || number.isBlank()) {
            return "/console/queue";
        }
        Optional<Long> elder = elders.findByPhone(number).map(ScreenPops::elderOf);
        return elder.map(id -> "/console/elders/" + id)
                .orElse("/console/elders?q=" + URLEncoder.encode(number, StandardCharsets.UTF_8));
    }

    /** A family member calling: the elder they act for (the first, when they act for several). */
    private static Long elderOf(Caller caller) {
        Elder e = caller.isElder() ? caller.elder() : caller.actsFor().get(0);
        return e.getId();
    }
}
