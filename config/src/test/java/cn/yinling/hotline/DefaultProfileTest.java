package cn.yinling.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.elder.ElderRepository;
import com.zaxxer.hikari.HikariDataSource;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The hotline on its embedded defaults: H2 file database, demo street, health and metrics. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:file:./target/test-data/default-${random.uuid}")
class DefaultProfileTest {

    @LocalServerPort
    int port;
    @Autowired
    ElderRepository elders;
    @Autowired
    HikariDataSource dataSource;

    @Test
    void startsWithTheDemoStreetAndReportsHealthAndMetrics() throws Exception {
        assertThat(elders.count()).isEqualTo(200);
        HttpResponse<String> health = Http.get(port, "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"db\"").contains("H2").doesNotContain("redis");
        HttpResponse<String> metrics = Http.get(port, "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
        HttpResponse<String> answerTimes = Http.get(port, "/actuator/answertimes?from=2026-01-01");
        assertThat(answerTimes.statusCode()).isEqualTo(200);
        assertThat(answerTimes.body()).contains("\"overall\"").contains("\"shareWithin60s\"").contains("\"byQueue\"");
        assertThat(Http.get(port, "/actuator/answertimes?from=abc").statusCode()).as("not a date").isEqualTo(400);
        assertThat(Http.get(port, "/actuator/answertimes?from=2026-03-02&to=2026-03-01").statusCode()).as("to before from")
                .isEqualTo(400);
    }

    @Test
    void keepsTheDatabaseInAnOwnerOnlyDirectoryWithOwnerOnlyFiles() throws Exception {
        String url = dataSource.getJdbcUrl();
        Path database = Path.of(url.substring("jdbc:h2:file:".length()).split(";")[0]).toAbsolutePath();
        Path file = database.resolveSibling(database.getFileName() + ".mv.db");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(database.getParent()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
}
