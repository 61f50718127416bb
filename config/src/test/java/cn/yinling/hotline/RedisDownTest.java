package cn.yinling.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A configured Redis that does not answer: the node starts and serves from its own memory, so
 * health reports Redis as DEGRADED without failing, and the probes a load balancer uses keep the
 * node in service. Without its database, a node is not ready.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:redis-down", "hotline.cases.demo-data=false"})
class RedisDownTest {

    @DynamicPropertySource
    static void deadRedis(DynamicPropertyRegistry registry) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        registry.add("hotline.redis.url", () -> "redis://127.0.0.1:" + port);
    }

    @LocalServerPort
    int port;

    @Test
    void healthReportsRedisDegradedButTheNodeStaysInService() throws Exception {
        HttpResponse<String> health = Http.get(port, "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode body = JsonMapper.builder().build().readTree(health.body());
        assertThat(body.path("status").asString()).isEqualTo("DEGRADED");
        assertThat(body.at("/components/redis/status").asString()).isEqualTo("DEGRADED");
        assertThat(body.at("/components/redis/description").asString()).startsWith("Redis unreachable");
        assertThat(body.at("/components/db/status").asString()).isEqualTo("UP");
        assertThat(Http.get(port, "/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(Http.get(port, "/actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    @Test
    void theChatStillAnswersWithRedisDown() throws Exception {
        HttpResponse<String> reply = Http.postJson(port, "/api/chat", "{\"sessionId\":\"redis-down\",\"event\":\"start\"}");
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).contains("银铃热线");
    }
}
