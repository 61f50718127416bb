package cn.yinling.hotline.console.queue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.emergency.EmergencyEscalations;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.console.TestAgents;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The emergency banner of every page works across nodes: an emergency opened, claimed or escalated
 * on node A reaches the console pages of agents connected to node B through their own page stream
 * (which the banner listens to), and B's alert list says the same as A's.
 */
class EmergencyAlertAcrossNodesTest {

    static final Duration LIVE = Duration.ofSeconds(2);

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
    void anEmergencyOnNodeAAlertsAPageOnNodeBAndItsClaimThereClearsIt() throws Exception {
        Agent onB = nodeB.agents().create(AgentRole.AGENT, "周强");
        Agent onA = nodeA.agents().create(AgentRole.AGENT, "李娜");
        SseBrowser page = SseBrowser.signIn(nodeB.port(), onB.getUsername(), TestAgents.PASSWORD).listen("/api/console/me/pops");
        nodeB.signIn(onB.getUsername(), TestAgents.PASSWORD);

        CareCase emergency = nodeA.bean(Cases.class).openEmergency(elder().elderId(), "我摔倒了起不来", Channel.VOICE, "bot");

        assertThat(page.awaitEvent("opened EMERGENCY:" + emergency.getId(), LIVE)).isTrue();
        assertThat(nodeB.json("/api/console/emergencies")).contains("\"id\":" + emergency.getId() + ",")
                .contains("我摔倒了起不来");

        nodeA.bean(Cases.class).claim(emergency.getId(), onA.getId(), onA.getUsername());

        assertThat(page.awaitEvent("changed CLAIMED:" + emergency.getId(), LIVE)).isTrue();
        assertThat(nodeB.json("/api/console/emergencies")).doesNotContain("\"id\":" + emergency.getId() + ",");
    }

    @Test
    void anEscalationOnNodeAReachesASupervisorOnNodeB() throws Exception {
        Agent boss = nodeB.agents().create(AgentRole.SUPERVISOR, "陈敏");
        SseBrowser page = SseBrowser.signIn(nodeB.port(), boss.getUsername(), TestAgents.PASSWORD).listen("/api/console/me/pops");
        nodeB.signIn(boss.getUsername(), TestAgents.PASSWORD);
        CareCase emergency = nodeA.bean(Cases.class).openEmergency(elder().elderId(), "胸口疼", Channel.VOICE, "bot");
        assertThat(page.awaitEvent("opened EMERGENCY:" + emergency.getId(), LIVE)).isTrue();

        nodeA.bean(TestClock.class).advance(Duration.ofSeconds(61));
        nodeA.bean(EmergencyEscalations.class).escalateDue(); // or node A's own timer, whichever comes first: once

        assertThat(page.awaitEvent("changed OPEN:" + emergency.getId(), LIVE)).isTrue();
        assertThat(nodeB.json("/api/console/emergencies")).contains("\"id\":" + emergency.getId() + ",")
                .contains("主管请注意：已超过60秒无人领取");
    }

    private static Elder elder() {
        TestStreet street = nodeA.bean(TestStreet.class);
        return street.elderWithPolicy(street.newCommunity(), "ANQING_FREE");
    }
}
