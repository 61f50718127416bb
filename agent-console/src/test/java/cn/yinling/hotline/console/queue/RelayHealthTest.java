package cn.yinling.hotline.console.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.support.RealPostgres;
import cn.yinling.hotline.cases.support.RealRedis;
import cn.yinling.hotline.console.TestAgents;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.RedisClient;

/**
 * The relay's health on the shared Redis: UP once its heartbeat comes back; when its subscription
 * connection is killed (CLIENT KILL of exactly that connection's id, so other users of the shared
 * Redis are untouched) it subscribes again, is UP again, and hears the other nodes again.
 */
class RelayHealthTest {

    static final String CHANNEL = "hotline:test:console:" + UUID.randomUUID();

    static ConsoleNode node;
    static RedisClient redis;

    @BeforeAll
    static void start() {
        node = ConsoleNode.start(RealPostgres.freshDatabase(), RealRedis.url(),
                "--hotline.console.relay.channel=" + CHANNEL,
                "--hotline.console.relay.heartbeat=PT0.3S",
                "--hotline.console.relay.heartbeat-timeout=PT1S");
        redis = RedisClient.create(RealRedis.url());
    }

    @AfterAll
    static void stop() {
        if (redis != null) {
            redis.close();
        }
        if (node != null) {
            node.close();
        }
    }

    @Test
    void isUpOnceTheHeartbeatComesBack() {
        RelayHealth health = node.bean(RelayHealth.class);

        await().atMost(Duration.ofSeconds(10)).until(() -> health.health(true).getStatus().equals(Status.UP)
                && node.bean(QueueRelay.class).status().lastRoundTripMillis() >= 0);
        assertThat(health.health(true).getDetails()).containsEntry("channel", CHANNEL).containsEntry("subscribed", true);
    }

    @Test
    void recoversWhenItsSubscriptionConnectionIsKilled() throws Exception {
        QueueRelay relay = node.bean(QueueRelay.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> relay.healthy() && relay.status().clientId() != null);
        Long killed = relay.status().clientId();
        int before = relay.status().resubscriptions();
        Agent li = node.agents().create(AgentRole.AGENT, "李娜");
        SseBrowser browser = SseBrowser.signIn(node.port(), li.getUsername(), TestAgents.PASSWORD).listen("/api/console/queue/stream");

        Object result = redis.sendCommand(Protocol.Command.CLIENT, "KILL", "ID", String.valueOf(killed));

        assertThat(result).isEqualTo(1L);
        await().atMost(Duration.ofSeconds(10)).until(() -> relay.status().resubscriptions() > before
                && !killed.equals(relay.status().clientId()) && relay.healthy());
        assertThat(browser.awaitEvent("changed RESUBSCRIBED:0", Duration.ofSeconds(2))).isTrue();
        redis.publish(CHANNEL, "{\"node\":\"another-node\",\"caseId\":99,\"kind\":\"opened\",\"detail\":\"HANDOFF\"}");
        assertThat(browser.awaitEvent("opened HANDOFF:99", Duration.ofSeconds(2))).isTrue();
        assertThat(node.bean(RelayHealth.class).health(true).getStatus()).isEqualTo(Status.UP);
    }
}
