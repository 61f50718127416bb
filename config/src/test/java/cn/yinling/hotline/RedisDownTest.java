package cn.yinling.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A configured Redis that does not answer shows as DOWN in health; the application still starts. */
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
    void healthReportsRedisDown() throws Exception {
        HttpResponse<String> health = Http.get(port, "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("\"redis\":{").contains("\"status\":\"DOWN\"");
    }
}
