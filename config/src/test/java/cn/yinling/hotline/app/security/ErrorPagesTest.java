package cn.yinling.hotline.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.agent.AgentRole;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A person who reaches a wrong address, a page above their role or a form the console refuses reads
 * a Chinese page saying what happened and where to go, never Spring's "Whitelabel Error Page" or a
 * stack trace; a program asking for JSON still gets JSON.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:error-pages", "hotline.cases.demo-data=false"})
class ErrorPagesTest {

    static final String PASSWORD = "error-pages-Lm7#q";
    static final AtomicInteger SEQ = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    AgentRepository agents;
    @Autowired
    PasswordEncoder encoder;

    private Visitor signedIn(AgentRole role) throws Exception {
        Agent a = agents.save(new Agent(role.name().toLowerCase() + "-errors-" + SEQ.incrementAndGet(), "测试" + role,
                encoder.encode(PASSWORD), role, null));
        Visitor v = new Visitor(port);
        assertThat(v.signIn(a.getUsername(), PASSWORD)).isTrue();
        return v;
    }

    private static void assertChinesePage(HttpResponse<String> r, int status, String title) {
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(r.body()).contains(title).contains("错误代码 " + status)
                .doesNotContain("Whitelabel").doesNotContain("Exception").doesNotContain("at cn.yinling");
    }

    @Test
    void anUnknownAddressIsAChinese404() throws Exception {
        assertChinesePage(new Visitor(port).get("/no-such-page", "Accept", "text/html"), 404, "页面不存在");
        assertChinesePage(signedIn(AgentRole.AGENT).get("/console/no-such-page", "Accept", "text/html"), 404, "页面不存在");
    }

    @Test
    void aPageAboveTheAgentsRoleIsAChinese403() throws Exception {
        Visitor agent = signedIn(AgentRole.AGENT);
        assertChinesePage(agent.get("/console/supervisor/dashboard", "Accept", "text/html"), 403, "没有权限");
        assertChinesePage(agent.get("/console/admin/accounts", "Accept", "text/html"), 403, "没有权限");
    }

    @Test
    void aFormPostedWithoutItsTokenIsRefusedWithAChinesePage() throws Exception {
        HttpResponse<String> r = signedIn(AgentRole.AGENT).post("/console/me/state", "application/x-www-form-urlencoded",
                "status=AVAILABLE", "Accept", "text/html");
        assertChinesePage(r, 403, "没有权限");
    }

    @Test
    void aProgramAskingForJsonStillGetsJson() throws Exception {
        HttpResponse<String> r = new Visitor(port).get("/no-such-page", "Accept", "application/json");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    }
}
