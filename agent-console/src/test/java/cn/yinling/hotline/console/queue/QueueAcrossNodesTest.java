package cn.yinling.hotline.console.queue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.console.TestAgents;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two application nodes on one PostgreSQL database and one Redis behave as one console: what
 * happens to a case on node A reaches an agent's browser connected to node B within a second.
 */
class QueueAcrossNodesTest {

    static final Duration LIVE = Duration.ofSeconds(1);

    static TwoConsoleNodes nodes;
    static ConsoleNode nodeA;
    static ConsoleNode nodeB;

    @BeforeAll
    static void startTwoNodes() {
        nodes = TwoConsoleNodes.start();
        nodeA = nodes.a();
        nodeB = nodes.b();
    }

    @AfterAll
    static void stopNodes() {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void aCaseOpenedOnOneNodeAppearsLiveOnTheOther() throws Exception {
        Agent onB = nodeB.agents().create(AgentRole.AGENT, "周强");
        nodeB.signIn(onB.getUsername(), TestAgents.PASSWORD);
        nodeB.listenToQueue();

        CareCase opened = nodeA.bean(Cases.class).openHandoff(null, "转人工", Priority.NORMAL, Channel.WEB, "bot");

        assertThat(nodeB.awaitEvent("HANDOFF:" + opened.getId(), LIVE)).isTrue();
        assertThat(nodeB.queueJson()).contains("\"id\":" + opened.getId() + ",");
    }

    @Test
    void aClaimOnOneNodeIsSeenOnTheOther() throws Exception {
        Agent onA = nodeA.agents().create(AgentRole.AGENT, "李娜");
        Agent onB = nodeB.agents().create(AgentRole.AGENT, "周强");
        nodeB.signIn(onB.getUsername(), TestAgents.PASSWORD);
        nodeB.listenToQueue();
        Cases casesOnA = nodeA.bean(Cases.class);
        CareCase opened = casesOnA.openHandoff(null, "转人工", Priority.NORMAL, Channel.WEB, "bot");
        assertThat(nodeB.awaitEvent("HANDOFF:" + opened.getId(), LIVE)).isTrue();

        casesOnA.claim(opened.getId(), onA.getId(), onA.getUsername());

        assertThat(nodeB.awaitEvent("CLAIMED:" + opened.getId(), LIVE)).isTrue();
        QueueItem seenOnB = nodeB.bean(QueueView.class).openCases(onB).stream()
                .filter(i -> i.id() == opened.getId()).findFirst().orElseThrow();
        assertThat(seenOnB.status()).isEqualTo("CLAIMED");
        assertThat(seenOnB.holderName()).isEqualTo("李娜");
    }

    @Test
    void aNodeDoesNotHearItsOwnChangesTwice() throws Exception {
        Agent onA = nodeA.agents().create(AgentRole.AGENT, "李娜");
        nodeA.signIn(onA.getUsername(), TestAgents.PASSWORD);
        nodeA.listenToQueue();

        CareCase opened = nodeA.bean(Cases.class).openHandoff(null, "转人工", Priority.NORMAL, Channel.WEB, "bot");

        assertThat(nodeA.awaitEvent("HANDOFF:" + opened.getId(), LIVE)).isTrue();
        assertThat(nodeA.awaitEvent("HANDOFF:" + opened.getId(), Duration.ofMillis(500))).isFalse();
    }
}
