package cn.yinling.hotline.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.agent.AgentRole;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI description over real HTTP: anyone reads the chat API's (it is public anyway), nobody
 * without a console session reads the console's JSON API's, in any format or spelling of the path;
 * a signed-in agent does. Swagger UI runs under a policy of its own that still allows no inline code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:start-page", "hotline.cases.demo-data=false"})
class ApiDescriptionAttackTest {

    static final String PASSWORD = "api-docs-test-Lm7#q";
    static final List<String> CONSOLE_DESCRIPTIONS = List.of("/v3/api-docs/console", "/v3/api-docs.yaml/console",
            "/v3/api-docs/console/", "/v3/api-docs/Console", "/v3/api-docs/%63onsole", "/v3/api-docs/x/../console",
            "/v3/api-docs;x=1/console", "/v3/api-docs/console.json");

    @LocalServerPort
    int port;
    @Autowired
    AgentRepository agents;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void anyoneReadsTheChatApisDescriptionAndItHoldsNoConsolePath() throws Exception {
        HttpResponse<String> yaml = new Visitor(port).get("/v3/api-docs.yaml");
        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.body()).contains("/api/chat/messages").doesNotContain("/api/console");
        for (String path : List.of("/v3/api-docs", "/v3/api-docs/chat")) {
            HttpResponse<String> r = new Visitor(port).get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            JsonNode paths = json(r).get("paths");
            assertThat(paths.propertyNames()).as(path).contains("/api/chat", "/api/chat/messages")
                    .allMatch(p -> p.startsWith("/api/chat"));
            assertThat(r.body()).as(path).doesNotContain("/api/console").doesNotContain("/console/")
                    .doesNotContain("QueueSnapshot").doesNotContain("EmergencySnapshot");
            assertThat(paths.get("/api/chat").get("post").get("summary").asString()).isNotBlank();
            assertThat(paths.get("/api/chat").get("post").get("tags").get(0).asString()).isEqualTo("Chat");
        }
    }

    @Test
    void nobodyWithoutAConsoleSessionReadsTheConsoleApisDescription() throws Exception {
        Visitor stranger = new Visitor(port);
        for (String path : CONSOLE_DESCRIPTIONS) {
            HttpResponse<String> r = stranger.get(path);
            assertThat(r.statusCode()).as(path).isIn(400, 401, 404);
            assertThat(r.body()).as(path).doesNotContain("/api/console");
        }
        Visitor failedSignIn = new Visitor(port);
        assertThat(failedSignIn.signIn(agent().getUsername(), "wrong-" + PASSWORD)).isFalse();
        assertThat(failedSignIn.get("/v3/api-docs/console").statusCode()).isEqualTo(401);
    }

    @Test
    void aSignedInAgentReadsTheConsoleApisDescription() throws Exception {
        Visitor agent = new Visitor(port);
        assertThat(agent.signIn(agent().getUsername(), PASSWORD)).isTrue();
        HttpResponse<String> r = agent.get("/v3/api-docs/console");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).get("paths").propertyNames()).contains("/api/console/queue", "/api/console/emergencies",
                "/api/console/cases/{caseId}/messages").allMatch(p -> p.startsWith("/api/console/"));
        assertThat(r.headers().allValues("Set-Cookie")).as("the session is only read").isEmpty();
    }

    @Test
    void swaggerUiListsTheDescriptionsUnderItsOwnNarrowPolicy() throws Exception {
        Visitor anyone = new Visitor(port);
        HttpResponse<String> ui = anyone.get("/swagger-ui/index.html");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.headers().firstValue("Content-Security-Policy")).hasValue(WaysInSecurity.SWAGGER_UI_POLICY);
        assertThat(WaysInSecurity.SWAGGER_UI_POLICY).doesNotContain("unsafe");
        assertThat(ui.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        HttpResponse<String> config = anyone.get("/v3/api-docs/swagger-config");
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains("/v3/api-docs/chat");
        assertThat(anyone.get("/swagger-ui.html").statusCode()).isIn(200, 302);
    }

    private Agent agent() {
        return agents.save(new Agent("agent-api-docs-" + System.nanoTime(), "测试坐席", encoder.encode(PASSWORD),
                AgentRole.AGENT, null));
    }

    private static JsonNode json(HttpResponse<String> r) {
        return JsonMapper.builder().build().readTree(r.body());
    }
}
