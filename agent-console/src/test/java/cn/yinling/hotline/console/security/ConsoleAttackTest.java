package cn.yinling.hotline.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.agent.AgentState;
import cn.yinling.hotline.cases.agent.AuditEntry;
import cn.yinling.hotline.cases.agent.AuditEntryRepository;
import cn.yinling.hotline.cases.support.RealPostgres;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The console attacked over real HTTP, as issue #17 tried it: guessing passwords (one account, many
 * accounts from one address, in parallel, across two nodes), setting weak passwords, a page left
 * open that polls for ever, missing headers and cookie attributes, and forms posted without the
 * CSRF token. Every attack must fail.
 */
@SpringBootTest(classes = ConsoleTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hotline.console.sign-in.max-failures-per-account=5",
            "hotline.console.sign-in.max-failures-per-address=12",
            "hotline.console.sign-in.failure-window=PT15M", "hotline.console.sign-in.lock-period=PT15M",
            "hotline.console.session-timeout=PT30M"})
class ConsoleAttackTest {

    static final String WRONG = "wrong-guess-";

    @LocalServerPort
    int port;
    @Autowired
    TestAgents testAgents;
    @Autowired
    AgentRepository agents;
    @Autowired
    AuditEntryRepository audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    @BeforeEach
    void freshStart() {
        // Every test here guesses from 127.0.0.1: start each with that address's slate clean.
        jdbc.update("delete from attempt_guard where subject like 'console-%'");
        clock.set(ConsoleTestApplication.START);
    }

    ConsoleBrowser browser() {
        return new ConsoleBrowser(port);
    }

    List<AuditEntry> lockOuts(String actor) {
        return audit.findAll().stream()
                .filter(e -> e.getAction() == AuditEntry.Action.SIGN_IN_LOCKED && actor.equals(e.getActor())).toList();
    }

    @Nested
    class GuessingPasswords {

        @Test
        void thirtyWrongPasswordsLockTheAccountSoTheRightOneIsRefusedTooWithOneAuditEntry() throws Exception {
            Agent agent = testAgents.create(AgentRole.AGENT, "被猜密码的坐席");
            ConsoleBrowser attacker = browser();
            List<String> outcomes = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                outcomes.add(attacker.signIn(agent.getUsername(), WRONG + i));
            }
            assertThat(outcomes.subList(0, 5)).allMatch(l -> l.endsWith("/login?error"));
            assertThat(outcomes.subList(5, 30)).allMatch(l -> l.endsWith("/login?locked"));

            assertThat(attacker.signIn(agent.getUsername(), TestAgents.PASSWORD)).endsWith("/login?locked");
            assertThat(attacker.get("/login?locked").body()).contains("登录失败次数过多").contains("请在 15 分钟后再试");
            // Another session (a new browser, the agent at their desk) is locked out as well.
            assertThat(browser().signIn(agent.getUsername(), TestAgents.PASSWORD)).endsWith("/login?locked");

            assertThat(lockOuts(agent.getUsername())).hasSize(1)
                    .allSatisfy(e -> assertThat(e.getDetail()).contains("登录失败 5 次").contains("127.0.0.1"));
        }

        @Test
        void theLockEndsAfterTheLockPeriodAndTheRightPasswordThenSignsIn() throws Exception {
            Agent agent = testAgents.create(AgentRole.AGENT, "被锁定的坐席");
            ConsoleBrowser b = browser();
            for (int i = 0; i < 5; i++) {
                b.signIn(agent.getUsername(), WRONG + i);
            }
            clock.advance(Duration.ofMinutes(14));
            assertThat(b.signIn(agent.getUsername(), TestAgents.PASSWORD)).endsWith("/login?locked");
            assertThat(b.get("/login?locked").body()).contains("请在 1 分钟后再试");
            clock.advance(Duration.ofMinutes(2));
            assertThat(b.signIn(agent.getUsername(), TestAgents.PASSWORD)).endsWith("/console/queue");
        }

        @Test
        void guessingManyUsernamesFromOneAddressLocksTheAddress() throws Exception {
            Agent agent = testAgents.create(AgentRole.AGENT, "同一地址的坐席");
            ConsoleBrowser attacker = browser();
            for (int i = 0; i < 12; i++) {
                assertThat(attacker.signIn("nobody" + i + "-" + agent.getId(), WRONG + i)).endsWith("/login?error");
            }
            assertThat(attacker.signIn(agent.getUsername(), TestAgents.PASSWORD)).endsWith("/login?locked");
            List<AuditEntry> entries = audit.findAll().stream()
                    .filter(e -> e.getAction() == AuditEntry.Action.SIGN_IN_LOCKED && e.getDetail().contains("来自 127.0.0.1 的登录失败 12 次"))
                    .filter(e -> e.getActor().endsWith("-" + agent.getId()) || e.getActor().equals(agent.getUsername()))
                    .toList();
            assertThat(entries).hasSize(1);
        }

        @Test
        void guessesSentInParallelGetNoMorePasswordChecksThanTheLimit() throws Exception {
            Agent agent = testAgents.create(AgentRole.AGENT, "并发猜测的坐席");
            ExecutorService pool = Executors.newFixedThreadPool(10);
            try {
                List<Callable<String>> guesses = new ArrayList<>();
                for (int i = 0; i < 30; i++) {
                    String password = WRONG + i;
                    guesses.add(() -> browser().signIn(agent.getUsername(), password));
                }
                List<String> outcomes = new ArrayList<>();
                for (Future<String> f : pool.invokeAll(guesses)) {
                    outcomes.add(f.get());
                }
                assertThat(outcomes).allMatch(l -> l.endsWith("/login?error") || l.endsWith("/login?locked"));
                assertThat(outcomes.stream().filter(l -> l.endsWith("/login?error")).count()).isLessThanOrEqualTo(5);
            } finally {
                pool.shutdownNow();
            }
            assertThat(browser().signIn(agent.getUsername(), TestAgents.PASSWORD)).endsWith("/login?locked");
            assertThat(lockOuts(agent.getUsername())).hasSize(1);
        }

        @Test
        void failuresOnTwoNodesOfOneDatabaseAddUp() throws Exception {
            RealPostgres.Database db = RealPostgres.freshDatabase();
            try (ConfigurableApplicationContext a = node(db); ConfigurableApplicationContext b = node(db)) {
                Agent agent = a.getBean(TestAgents.class).create(AgentRole.AGENT, "两个节点的坐席");
                ConsoleBrowser onA = new ConsoleBrowser(port(a));
                ConsoleBrowser onB = new ConsoleBrowser(port(b));
                for (int i = 0; i < 3; i++) {
                    assertThat(onA.signIn(agent.getUsername(), WRONG + i)).endsWith("/login?error");
                }
                for (int i = 3; i < 5; i++) {
                    assertThat(onB.signIn(agent.getUsername(), WRONG + i)).endsWith("/login?error");
                }
                assertThat(onA.signIn(agent.getUsername(), TestAgents.PASSWORD)).endsWith("/login?locked");
                assertThat(onB.signIn(agent.getUsername(), TestAgents.PASSWORD)).endsWith("/login?locked");
                assertThat(a.getBean(AuditEntryRepository.class).findAll().stream()
                        .filter(e -> e.getAction() == AuditEntry.Action.SIGN_IN_LOCKED)).hasSize(1);
            }
        }

        private ConfigurableApplicationContext node(RealPostgres.Database db) {
            return new SpringApplicationBuilder(ConsoleTestApplication.class).run("--server.port=0",
                    "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
                    "--spring.datasource.password=" + db.password());
        }

        private int port(ConfigurableApplicationContext node) {
            return ((WebServerApplicationContext) node).getWebServer().getPort();
        }
    }

    @Nested
    class WeakPasswords {

        @Test
        void anAdminCannotGiveAnAccountATrivialOrCommonPasswordAndTheFormKeepsWhatWasTyped() throws Exception {
            Agent admin = testAgents.create(AgentRole.ADMIN, "管理员");
            ConsoleBrowser b = browser();
            assertThat(b.signIn(admin.getUsername(), TestAgents.PASSWORD)).endsWith("/console/queue");
            String username = "weak" + admin.getId();
            for (String weak : List.of("1111111111", "1234567890", "qwertyuiop", "password1234", username + "-pass-2026")) {
                b.get("/console/admin/accounts");
                HttpResponse<String> r = b.post("/console/admin/accounts", Map.of("username", username,
                        "displayName", "弱密码坐席", "role", "AGENT", "queueInterface", "PJSIP/weak" + admin.getId(),
                        "password", weak));
                assertThat(ConsoleBrowser.location(r)).endsWith("/console/admin/accounts");
                String page = b.get("/console/admin/accounts").body();
                assertThat(page).as(weak).containsAnyOf("密码过于简单", "这是常见密码", "密码不能包含用户名")
                        .contains("value=\"" + username + "\"").contains("value=\"弱密码坐席\"")
                        .contains("value=\"PJSIP/weak" + admin.getId() + "\"")
                        .doesNotContain("value=\"" + weak + "\"");
            }
            assertThat(agents.findByUsername(username)).isEmpty();
        }
    }

    @Nested
    class IdleTimeOut {

        @Test
        void aCasePageThatPollsEveryTwoSecondsStillTimesOutAfterThirtyMinutesOfNoAction() throws Exception {
            Agent agent = testAgents.create(AgentRole.AGENT, "离开座位的坐席");
            ConsoleBrowser b = browser();
            assertThat(b.signIn(agent.getUsername(), TestAgents.PASSWORD)).endsWith("/console/queue");
            assertThat(b.get("/console/queue").statusCode()).isEqualTo(200);
            // The page polls by itself: 29 minutes of polls keep nothing alive.
            for (int minute = 1; minute < 30; minute++) {
                clock.advance(Duration.ofMinutes(1));
                assertThat(b.getJson("/api/console/queue").statusCode()).as("poll at minute %d", minute).isEqualTo(200);
            }
            clock.advance(Duration.ofMinutes(1));
            assertThat(b.getJson("/api/console/queue").statusCode()).isEqualTo(401);
            assertThat(b.get("/api/console/me/pops", "text/event-stream").statusCode()).isEqualTo(401);
            HttpResponse<String> page = b.get("/console/queue");
            assertThat(ConsoleBrowser.location(page)).endsWith("/login");
            assertThat(b.get("/login").body()).contains("因长时间未操作，已自动退出");
            assertThat(agents.findById(agent.getId()).orElseThrow().getState()).isEqualTo(AgentState.OFFLINE);
        }

        @Test
        void thePageItselfAfterTheTimeOutGoesToTheSignInPageWithTheNotice() throws Exception {
            Agent agent = testAgents.create(AgentRole.AGENT, "午休的坐席");
            ConsoleBrowser b = browser();
            b.signIn(agent.getUsername(), TestAgents.PASSWORD);
            clock.advance(Duration.ofMinutes(31));
            HttpResponse<String> page = b.get("/console/elders");
            assertThat(ConsoleBrowser.location(page)).endsWith("/login?idle");
            assertThat(b.get("/login?idle").body()).contains("因长时间未操作，已自动退出");
        }

        @Test
        void pagesOpenedAndFormsSentCountAsActions() throws Exception {
            Agent agent = testAgents.create(AgentRole.AGENT, "在工作的坐席");
            ConsoleBrowser b = browser();
            b.signIn(agent.getUsername(), TestAgents.PASSWORD);
            clock.advance(Duration.ofMinutes(20));
            assertThat(b.get("/console/queue").statusCode()).isEqualTo(200);
            clock.advance(Duration.ofMinutes(20));
            assertThat(ConsoleBrowser.location(b.post("/console/me/state", Map.of("state", "BUSY")))).endsWith("/console/queue");
            clock.advance(Duration.ofMinutes(20));
            assertThat(b.getJson("/api/console/queue").statusCode()).isEqualTo(200);
        }
    }

    @Nested
    class HeadersAndCookies {

        @Test
        void everyConsoleAnswerCarriesACspNoStoreNosniffAndAReferrerPolicy() throws Exception {
            Agent supervisor = testAgents.create(AgentRole.SUPERVISOR, "值班长");
            ConsoleBrowser b = browser();
            assertHeaders(b.get("/login"));
            b.signIn(supervisor.getUsername(), TestAgents.PASSWORD);
            for (String path : List.of("/console/queue", "/console/elders", "/console/supervisor/dashboard",
                    "/console/supervisor/audit", "/console/supervisor/cases.csv", "/console/no-such-page")) {
                assertHeaders(b.get(path));
            }
            assertHeaders(b.getJson("/api/console/queue"));
        }

        private void assertHeaders(HttpResponse<String> r) {
            String where = r.uri().getPath();
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(where)
                    .hasValue(ConsoleSecurity.CONTENT_SECURITY_POLICY);
            assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow()).doesNotContain("unsafe-inline");
            assertThat(r.headers().firstValue("Cache-Control").orElse("")).as(where).contains("no-store");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(where).hasValue("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(where).hasValue("same-origin");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(where).hasValue("DENY");
        }

        @Test
        void theSessionCookieIsSameSiteLaxAndHttpOnly() throws Exception {
            HttpResponse<String> login = browser().get("/login");
            String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                    .findFirst().orElseThrow();
            assertThat(cookie).contains("SameSite=Lax").contains("HttpOnly");
        }

        @Test
        void thePagesHaveNoInlineScriptOrStyleForThePolicyToRefuse() throws Exception {
            Agent supervisor = testAgents.create(AgentRole.SUPERVISOR, "值班长");
            ConsoleBrowser b = browser();
            b.signIn(supervisor.getUsername(), TestAgents.PASSWORD);
            for (String path : List.of("/console/queue", "/console/elders", "/console/bindings", "/console/supervisor/dashboard",
                    "/console/supervisor/team", "/console/supervisor/audit")) {
                String page = b.get(path).body();
                assertThat(page).as(path).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>")
                        .doesNotContain("<style").doesNotContainPattern("\\sstyle=\"").doesNotContainPattern("\\son[a-z]+=\"");
            }
        }
    }

    @Nested
    class Csrf {

        @Test
        void aFormPostedWithoutTheTokenIsRefusedAndChangesNothing() throws Exception {
            Agent agent = testAgents.create(AgentRole.AGENT, "被伪造请求的坐席");
            ConsoleBrowser b = browser();
            b.signIn(agent.getUsername(), TestAgents.PASSWORD);
            b.get("/console/queue");
            assertThat(b.post("/console/me/state", Map.of("state", "AWAY"), false).statusCode()).isEqualTo(403);
            assertThat(agents.findById(agent.getId()).orElseThrow().getState()).isEqualTo(AgentState.AVAILABLE);
            assertThat(b.post("/logout", Map.of(), false).statusCode()).isEqualTo(403);
            assertThat(b.getJson("/api/console/queue").statusCode()).as("still signed in").isEqualTo(200);
        }

        @Test
        void aSignInPostedFromElsewhereWithoutTheTokenIsRefused() throws Exception {
            Agent agent = testAgents.create(AgentRole.AGENT, "登录伪造");
            ConsoleBrowser b = browser();
            HttpResponse<String> r = b.post("/login", Map.of("username", agent.getUsername(), "password", TestAgents.PASSWORD),
                    false);
            assertThat(r.statusCode()).isEqualTo(403);
        }
    }
}
