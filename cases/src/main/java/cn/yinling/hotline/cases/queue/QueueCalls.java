package cn.yinling.hotline.cases.queue;

import cn.yinling.hotline.cases.CaseTexts;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.casework.CaseId;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.ClaimResult;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.elder.ElderId;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Follows calls through the agents' Asterisk queue: the IVR says which case a call belongs to when
 * it hands the call back to the dialplan, the AMI queue events say when it joined, who answered and
 * after how long, or that the caller gave up. An answered call is put on its case's timeline, the
 * case goes to the agent who picked up, and {@link QueueCallAnswered} pops it up in their browser.
 *
 * <p>Every application node has its own AMI connection and receives every event, so each change
 * is made under a row lock and only when it moves the call forward: the second node to see an
 * event finds it done and changes, records and publishes nothing.
 */
public class QueueCalls {

    static final String ACTOR = "queue";
    static final String ANSWERED = "CALL_ANSWERED";
    static final String ABANDONED = "CALL_ABANDONED";
    private static final Logger log = LoggerFactory.getLogger(QueueCalls.class);
    private static final Duration[] TELECARE_TARGETS = {Duration.ofSeconds(60), Duration.ofSeconds(180)};

    private final QueueCallRepository calls;
    private final AgentRepository agents;
    private final Cases cases;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final TransactionTemplate newTx;
    private final MeterRegistry meters;
    private final Clock clock;

    public QueueCalls(QueueCallRepository calls, AgentRepository agents, Cases cases, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, MeterRegistry meters, Clock clock) {
        this.calls = calls;
        this.agents = agents;
        this.cases = cases;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.newTx = new TransactionTemplate(transactions);
        this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * The IVR returned the call on channel {@code uniqueid} ({@code agi_uniqueid}, the same Uniqueid
     * the queue events carry) to the dialplan, which queues it for an agent.
     */
    public void handedOver(String uniqueid, CaseId caseId, ElderId elderId, String callerNumber, Priority priority) {
        change(uniqueid, c -> c.handedOver(caseId == null ? null : caseId.value(),
                elderId == null ? null : elderId.value(), callerNumber,
                priority == null ? null : priority.level(), clock.instant()));
    }

    /** QueueCallerJoin: the call waits in {@code queue}; a call the IVR never saw gets its row here. */
    public void joined(String uniqueid, String queue, String callerNumber) {
        change(uniqueid, c -> c.joined(queue, callerNumber, clock.instant()));
    }

    /**
     * QueueCallerLeave: the call is out of the queue. Usually an AgentConnect follows at once; when
     * none does (Queue() timed out) the call counts as ended unanswered.
     */
    public void left(String uniqueid, String queue) {
        change(uniqueid, c -> {
            c.inQueue(queue);
            c.left(clock.instant());
        });
    }

    /**
     * AgentConnect: the queue member {@code memberInterface} ({@code memberName}) picked up after
     * the caller waited {@code holdSeconds}. The agent is the one whose queue interface is the
     * event's Interface, else whose user name is the MemberName.
     *
     * @return whether this call changed (false for a repeated event)
     */
    public boolean answered(String uniqueid, String queue, String memberInterface, String memberName,
            int holdSeconds) {
        return answered(uniqueid, queue, memberInterface, memberName, holdSeconds, null, null);
    }

    /**
     * As {@link #answered(String, String, String, String, int)}, keeping the caller's and the
     * agent's channel (AgentConnect {@code Channel} and {@code DestChannel}) for supervisors who
     * listen in ({@link #live}).
     */
    public boolean answered(String uniqueid, String queue, String memberInterface, String memberName,
            int holdSeconds, String callerChannel, String agentChannel) {
        return Boolean.TRUE.equals(inTransaction(uniqueid, c -> {
            if (c.getOutcome().hasLeftQueue()) {
                return false;
            }
            Optional<Agent> agent = agentOf(memberInterface, memberName);
            c.inQueue(queue);
            c.answered(agent.map(Agent::getId).orElse(null), memberName, holdSeconds, clock.instant(), callerChannel,
                    agentChannel);
            calls.saveAndFlush(c); // before the claim: its update clears the persistence context
            waitTimer(c.getQueueName(), "answered").record(Duration.ofSeconds(holdSeconds));
            if (c.getCaseId() != null) {
                onTheCase(c, agent, memberName, holdSeconds);
            }
            events.publishEvent(new QueueCallAnswered(uniqueid, c.getCaseId(), c.getElderId(), c.getCallerNumber(),
                    c.getAgentId(), memberName, holdSeconds));
            return true;
        }));
    }

    /** AgentComplete: the conversation lasted {@code talkSeconds}; {@code reason} says who hung up. */
    public void completed(String uniqueid, int talkSeconds, String reason) {
        change(uniqueid, c -> {
            if (c.getOutcome() != QueueCallOutcome.COMPLETED && c.getOutcome() != QueueCallOutcome.ABANDONED) {
                c.completed(talkSeconds, clock.instant());
                log.debug("Queue call {} ended after {} s ({} hung up)", uniqueid, talkSeconds, reason);
            }
        });
    }

    /** QueueCallerAbandon: the caller hung up after waiting {@code holdSeconds} without an answer. */
    public void abandoned(String uniqueid, String queue, int holdSeconds) {
        inTransaction(uniqueid, c -> {
            if (c.getOutcome().hasLeftQueue()) {
                return false;
            }
            c.inQueue(queue);
            c.abandoned(holdSeconds, clock.instant());
            calls.saveAndFlush(c);
            waitTimer(c.getQueueName(), "abandoned").record(Duration.ofSeconds(holdSeconds));
            if (c.getCaseId() != null) {
                cases.record(c.getCaseId(), ABANDONED, ACTOR, CaseTexts.text("queue.abandoned", holdSeconds));
            }
            return true;
        });
    }

    /** Answer-time figures of the calls that joined a queue in [{@code from}, {@code to}). */
    public AnswerTimes answerTimes(Instant from, Instant to) {
        return tx.execute(s -> AnswerTimes.of(from, to,
                calls.findByJoinedAtGreaterThanEqualAndJoinedAtLessThan(from, to)));
    }

    /**
     * Calls an agent is talking on now (answered, no AgentComplete yet) whose agent channel is known,
     * answered within {@code maxLength}: an older one's end was missed, not still going.
     */
    public List<QueueCall> live(Duration maxLength) {
        return tx.execute(s -> calls.findByOutcomeAndAnsweredAtAfterOrderByAnsweredAtAsc(QueueCallOutcome.ANSWERED,
                clock.instant().minus(maxLength)).stream().filter(c -> c.getAgentChannel() != null).toList());
    }

    public Optional<QueueCall> find(long id) {
        return tx.execute(s -> calls.findById(id));
    }

    public Optional<QueueCall> find(String uniqueid) {
        return tx.execute(s -> calls.findByUniqueid(uniqueid));
    }

    private void onTheCase(QueueCall c, Optional<Agent> agent, String memberName, int holdSeconds) {
        String who = agent.map(Agent::getUsername).orElse(memberName);
        cases.record(c.getCaseId(), ANSWERED, who, CaseTexts.text("queue.answered", holdSeconds, who));
        if (agent.isEmpty()) {
            log.warn("Queue call {}: no agent has queue interface or user name {}; case {} left unassigned",
                    c.getUniqueid(), memberName, c.getCaseId());
            return;
        }
        if (cases.get(c.getCaseId()).getStatus().isOpen()) {
            ClaimResult claim = cases.claim(c.getCaseId(), agent.get().getId(), ACTOR);
            if (!claim.claimed()) {
                log.info("Case {} answered by agent {} stays with agent {}", c.getCaseId(), agent.get().getId(),
                        claim.holderId());
            }
        }
    }

    private Optional<Agent> agentOf(String memberInterface, String memberName) {
        Optional<Agent> byInterface = memberInterface == null ? Optional.empty()
                : agents.findByQueueInterface(memberInterface);
        if (byInterface.isPresent() || memberName == null) {
            return byInterface;
        }
        return agents.findByUsername(memberName);
    }

    private Timer waitTimer(String queue, String outcome) {
        return Timer.builder("hotline.queue.wait")
                .description("How long callers waited in the agents' queue before an answer or giving up")
                .tag("queue", queue == null ? AnswerTimes.UNKNOWN_QUEUE : queue)
                .tag("outcome", outcome)
                .serviceLevelObjectives(TELECARE_TARGETS)
                .publishPercentiles(0.5, 0.9)
                .register(meters);
    }

    private void change(String uniqueid, Consumer<QueueCall> change) {
        inTransaction(uniqueid, c -> {
            change.accept(c);
            return true;
        });
    }

    private <T> T inTransaction(String uniqueid, Function<QueueCall, T> work) {
        if (uniqueid == null || uniqueid.isBlank()) {
            throw new IllegalArgumentException("A queue call needs the channel's Uniqueid");
        }
        ensureRow(uniqueid);
        return tx.execute(s -> work.apply(calls.lockByUniqueid(uniqueid).orElseThrow()));
    }

    /** Creates the row in its own transaction; when another node created it at the same moment, uses theirs. */
    private void ensureRow(String uniqueid) {
        try {
            newTx.executeWithoutResult(s -> {
                if (calls.findByUniqueid(uniqueid).isEmpty()) {
                    calls.saveAndFlush(new QueueCall(uniqueid));
                }
            });
        } catch (DataIntegrityViolationException e) {
            log.debug("Queue call {} was created by another node at the same moment", uniqueid);
        }
    }
}
