package cn.yinling.hotline.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.agent.AgentRole;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Actuator attacked over real HTTP: a caller from outside the monitoring network learns the health
 * status and nothing else (no database, no disk path), and reads no metrics, Prometheus, answer
 * times or info; a signed-in agent neither; a signed-in admin sees all of it, and so does a client
 * from {@code hotline.actuator.internal-networks}. These tests call from 127.0.0.1, so the outside
 * is a network list without loopback.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:actuator-attack", "hotline.cases.demo-data=false",
            "hotline.actuator.internal-networks=10.99.0.0/16"})
class ActuatorAttackTest {

    static final String PASSWORD = "actuator-test-Lm7#q";
    static final AtomicInteger SEQ = new AtomicInteger();
    static final List<String> PROTECTED = List.of("/actuator", "/actuator/prometheus", "/actuator/metrics",
            "/actuator/info", "/actuator/answertimes", "/actuator/answertimes?from=2026-01-01", "/actuator/health/db",
            "/actuator/env", "/actuator/beans", "/actuator/startup");

    @LocalServerPort
    int port;
    @Autowired
    AgentRepository agents;
    @Autowired
    PasswordEncoder encoder;

    Agent account(AgentRole role) {
        return agents.save(new Agent(role.name().toLowerCase() + "-actuator-" + SEQ.incrementAndGet(), "测试" + role,
                encoder.encode(PASSWORD), role, null));
    }

    /** The status, and at the top the names of the probe groups (liveness, readiness), which tell nothing. */
    static void assertStatusOnly(HttpResponse<String> r) {
        assertThat(json(r).propertyNames()).as(r.uri().getPath() + ": " + r.body()).contains("status")
                .isSubsetOf("status", "groups");
    }

    static JsonNode json(HttpResponse<String> r) {
        return JsonMapper.builder().build().readTree(r.body());
    }

    @Nested
    class Anonymous {

        @Test
        void healthAndTheProbesTellOnlyTheStatus() throws Exception {
            Visitor anyone = new Visitor(port);
            for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
                HttpResponse<String> r = anyone.get(path);
                assertThat(r.statusCode()).as(path).isEqualTo(200);
                assertStatusOnly(r);
                assertThat(r.body()).doesNotContain("H2").doesNotContain("diskSpace").doesNotContain("path");
            }
        }

        @Test
        void everyOtherEndpointAnswers401() throws Exception {
            Visitor anyone = new Visitor(port);
            for (String path : PROTECTED) {
                HttpResponse<String> r = anyone.get(path);
                assertThat(r.statusCode()).as(path).isEqualTo(401);
                assertThat(r.body()).as(path).doesNotContain("jvm_").doesNotContain("hikari").doesNotContain("overall");
            }
        }

        /**
         * Behind the reverse proxy (server.forward-headers-strategy=native) an outsider who claims an
         * internal address in X-Forwarded-For arrives with the proxy's addition of their real one;
         * the test connects from loopback, a trusted proxy address, like that proxy.
         */
        @Test
        void claimingAnInternalAddressInXForwardedForDoesNotMakeAnOutsiderInternal() throws Exception {
            String forged = "10.99.1.1, 203.0.113.7";
            assertThat(new Visitor(port).get("/actuator/prometheus", "X-Forwarded-For", forged).statusCode()).isEqualTo(401);
            assertStatusOnly(new Visitor(port).get("/actuator/health", "X-Forwarded-For", forged));
        }
    }

    @Nested
    class SignedIn {

        @Test
        void anAgentSeesNoMoreThanAnyone() throws Exception {
            Visitor agent = new Visitor(port);
            assertThat(agent.signIn(account(AgentRole.AGENT).getUsername(), PASSWORD)).isTrue();
            assertStatusOnly(agent.get("/actuator/health"));
            assertThat(agent.get("/actuator/prometheus").statusCode()).isEqualTo(403);
            assertThat(agent.get("/actuator/answertimes").statusCode()).isEqualTo(403);
        }

        @Test
        void anAdminSeesTheDetailsAndTheOtherEndpoints() throws Exception {
            Visitor admin = new Visitor(port);
            assertThat(admin.signIn(account(AgentRole.ADMIN).getUsername(), PASSWORD)).isTrue();
            JsonNode health = json(admin.get("/actuator/health"));
            assertThat(health.at("/components/db/details/database").asString()).isEqualTo("H2");
            assertThat(health.at("/components/diskSpace/details/path").isMissingNode()).isFalse();
            assertThat(admin.get("/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
            assertThat(admin.get("/actuator/answertimes?from=2026-01-01").body()).contains("\"overall\"");
        }
    }

    /** The same application with loopback as its monitoring network, as on a developer's machine (the default profile). */
    @Nested
    @TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:actuator-internal",
        "hotline.actuator.internal-networks=10.99.0.0/16, 127.0.0.0/8, ::1"})
    class FromTheInternalNetwork {

        @Test
        void aMonitoringHostSeesDetailsAndMetricsWithoutSigningIn() throws Exception {
            Visitor monitor = new Visitor(port);
            JsonNode health = json(monitor.get("/actuator/health"));
            assertThat(health.at("/components/db/status").asString()).isEqualTo("UP");
            assertThat(health.at("/components/diskSpace/details/path").isMissingNode()).isFalse();
            assertThat(monitor.get("/actuator/prometheus").statusCode()).isEqualTo(200);
            assertThat(monitor.get("/actuator/answertimes").statusCode()).isEqualTo(200);
        }

        @Test
        void itsRequestsLeaveNoSessionBehind() throws Exception {
            HttpResponse<String> r = new Visitor(port).get("/actuator/prometheus");
            assertThat(r.headers().allValues("Set-Cookie")).isEmpty();
        }
    }
}
