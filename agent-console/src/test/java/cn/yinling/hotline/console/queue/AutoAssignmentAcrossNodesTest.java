package cn.yinling.hotline.console.queue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.agent.AgentState;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.support.RealPostgres;
import cn.yinling.hotline.cases.support.RealRedis;
import cn.yinling.hotline.console.presence.Presence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Automatic assignment on two nodes over one PostgreSQL and Redis, both assigning at the same moment:
 * a chat goes to exactly one agent, and an agent is never given more chats than their room. (The
 * nodes' own sweeps are slowed to once an hour so the test's calls are the ones that race.)
 */
class AutoAssignmentAcrossNodesTest {

    static ConsoleNode a;
    static ConsoleNode b;

    @BeforeAll
    static void startTwoNodes() {
        RealPostgres.Database db = RealPostgres.freshDatabase();
        String channel = "--hotline.console.relay.channel=hotline:test:console:" + UUID.randomUUID();
        String slow = "--hotline.console.presence.check-every=PT1H";
        a = ConsoleNode.start(db, RealRedis.url(), channel, slow);
        b = ConsoleNode.start(db, RealRedis.url(), channel, slow);
    }

    @AfterAll
    static void stopNodes() {
        b.close();
        a.close();
    }

    @RepeatedTest(3)
    void aChatAssignedByTwoNodesAtOnceGoesToExactlyOneAgent() throws Exception {
        Agent li = availableAgent("李娜");
        Agent zhou = availableAgent("周强");
        CareCase chat = a.bean(Cases.class).openHandoff(null, "我要转人工", Priority.NORMAL, Channel.WECHAT, "bot");
        settings(true, 2); // after opening, so that the opening's own assignment does not take it first

        List<Optional<CaseAutoAssigned>> results = race(2);

        assertThat(results.stream().filter(Optional::isPresent)).hasSize(1);
        Long holder = a.bean(Cases.class).get(chat.getId()).getAssigneeId();
        assertThat(holder).isIn(li.getId(), zhou.getId());
        assertThat(a.bean(Presence.class).stateOf(holder)).isEqualTo(AgentState.ENGAGED);
    }

    @Test
    void aChatOpenedWhileSwitchedOnGoesStraightToAnAvailableAgent() {
        settings(true, 2);
        Agent li = availableAgent("李娜");

        CareCase chat = b.bean(Cases.class).openHandoff(null, "转人工", Priority.NORMAL, Channel.WEB, "bot");

        assertThat(a.bean(Cases.class).get(chat.getId()).getAssigneeId()).isEqualTo(li.getId());
    }

    @Test
    void aPhoneCallIsLeftToTheAsteriskQueue() {
        settings(true, 2);
        availableAgent("李娜");

        CareCase call = b.bean(Cases.class).openHandoff(null, "转人工", Priority.NORMAL, Channel.VOICE, "ivr");

        assertThat(a.bean(Cases.class).get(call.getId()).getAssigneeId()).isNull();
        a.bean(Cases.class).close(call.getId(), "NO_CONTACT", "test");
    }

    @Test
    void twoNodesNeverGiveOneAgentMoreChatsThanTheirRoom() throws Exception {
        Agent li = availableAgent("李娜");
        List<Long> opened = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            opened.add(a.bean(Cases.class).openHandoff(null, "转人工 " + i, Priority.NORMAL, Channel.WEB, "bot").getId());
        }
        settings(true, 2);

        for (int round = 0; round < 3; round++) {
            race(2);
        }

        long held = opened.stream().filter(id -> li.getId().equals(a.bean(Cases.class).get(id).getAssigneeId())).count();
        assertThat(held).isEqualTo(2);
        for (Long id : opened) {
            a.bean(Cases.class).close(id, "NO_CONTACT", "test");
        }
    }

    @Test
    void switchedOffNothingIsAssigned() throws Exception {
        settings(false, 2);
        Agent li = availableAgent("李娜");
        CareCase chat = a.bean(Cases.class).openHandoff(null, "转人工", Priority.NORMAL, Channel.WEB, "bot");

        assertThat(race(2)).allMatch(Optional::isEmpty);
        assertThat(a.bean(Cases.class).get(chat.getId()).getAssigneeId()).isNull();
        a.bean(Cases.class).close(chat.getId(), "NO_CONTACT", "test");
    }

    /** {@code threads} threads, alternating between the nodes, call the assignment at the same moment, each in its own transaction. */
    private static List<Optional<CaseAutoAssigned>> race(int threads) throws Exception {
        CyclicBarrier together = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Optional<CaseAutoAssigned>>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                ConsoleNode node = i % 2 == 0 ? a : b;
                futures.add(pool.submit(() -> {
                    TransactionTemplate tx = new TransactionTemplate(node.bean(PlatformTransactionManager.class));
                    together.await();
                    return tx.execute(s -> node.bean(AutoAssignment.class).assignNext());
                }));
            }
            List<Optional<CaseAutoAssigned>> out = new ArrayList<>();
            for (Future<Optional<CaseAutoAssigned>> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void settings(boolean automatic, int maxChats) {
        a.bean(AssignmentSettings.class).change(automatic, maxChats, "test");
    }

    private final List<Agent> created = new ArrayList<>();

    /** Signs the test's agents out and switches off, so the next test's chats go only to its own agents. */
    @AfterEach
    void tidy() {
        for (Agent agent : created) {
            a.bean(Presence.class).set(agent.getUsername(), AgentState.OFFLINE);
        }
        settings(false, 2);
    }

    private Agent availableAgent(String name) {
        Agent agent = a.bean(AgentRepository.class).save(new Agent("auto-" + UUID.randomUUID().toString().substring(0, 8), name,
                "{noop}x", AgentRole.AGENT, null));
        a.bean(Presence.class).signedIn(agent.getUsername());
        created.add(agent);
        return agent;
    }
}
