package cn.yinling.hotline.console.queue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.Registration;
import cn.yinling.hotline.cases.queue.QueueCallAnswered;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.console.TestAgents;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A queued call answered by an agent pops its page up in that agent's browsers, whichever node
 * they are connected to, and in nobody else's. The event is published on node A as the AMI client
 * would; the two nodes share PostgreSQL and a Redis channel of this test's own.
 */
class ScreenPopAcrossNodesTest {

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
    void theAnsweringAgentsBrowsersOnBothNodesOpenTheCaseAndNobodyElses() throws Exception {
        Agent li = nodeA.agents().create(AgentRole.AGENT, "李娜");
        Agent zhou = nodeA.agents().create(AgentRole.AGENT, "周强");
        SseBrowser liOnA = popsOf(nodeA, li);
        SseBrowser liOnB = popsOf(nodeB, li);
        SseBrowser zhouOnB = popsOf(nodeB, zhou);

        answered(new QueueCallAnswered("1700000000.42", 4711L, null, "13800138000", li.getId(), "PJSIP/agent01", 12));

        assertThat(liOnA.awaitEvent("pop /console/cases/4711", LIVE)).isTrue();
        assertThat(liOnB.awaitEvent("pop /console/cases/4711", LIVE)).isTrue();
        assertThat(zhouOnB.heardAny("pop", Duration.ofMillis(500))).isFalse();
    }

    @Test
    void withoutACaseTheCallersRecordOpens() throws Exception {
        Agent li = nodeA.agents().create(AgentRole.AGENT, "李娜");
        TestStreet street = nodeA.bean(TestStreet.class);
        Elder elder = street.elder(street.household(street.newCommunity(), Registration.URBAN), "王秀英");
        String mobile = "139" + String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
        nodeA.bean(Elders.class).addPhone(elder.elderId(), mobile);
        SseBrowser liOnB = popsOf(nodeB, li);

        answered(new QueueCallAnswered("1700000000.43", null, null, "+86" + mobile, li.getId(), "PJSIP/agent01", 3));
        assertThat(liOnB.awaitEvent("pop /console/elders/" + elder.getId(), LIVE)).isTrue();

        answered(new QueueCallAnswered("1700000000.44", null, elder.getId(), null, li.getId(), "PJSIP/agent01", 3));
        assertThat(liOnB.awaitEvent("pop /console/elders/" + elder.getId(), LIVE)).isTrue();
    }

    @Test
    void anUnknownCallerOpensTheDirectorySearchedForTheNumber() throws Exception {
        Agent li = nodeA.agents().create(AgentRole.AGENT, "李娜");
        SseBrowser liOnB = popsOf(nodeB, li);

        answered(new QueueCallAnswered("1700000000.45", null, null, "05551234567", li.getId(), "PJSIP/agent01", 3));

        assertThat(liOnB.awaitEvent("pop /console/elders?q=05551234567", LIVE)).isTrue();
    }

    private static SseBrowser popsOf(ConsoleNode node, Agent agent) throws Exception {
        return SseBrowser.signIn(node.port(), agent.getUsername(), TestAgents.PASSWORD).listen("/api/console/me/pops");
    }

    private static void answered(QueueCallAnswered event) {
        nodeA.publish(event);
    }
}
