package cn.yinling.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CaseEvent;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.responders.ResponderLine;
import cn.yinling.hotline.cases.responders.Responders;
import cn.yinling.hotline.cases.responders.Volunteers;
import cn.yinling.hotline.cases.support.RealPostgres;
import cn.yinling.hotline.cases.support.RealRedis;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Responders on the prod profile from an empty PostgreSQL, over real HTTP: an admin keeps a
 * neighbour-help team and a member on the console, registers an elder with her son, puts the son, the
 * community worker and the volunteer on her list, and an emergency's case page then says, with no PBX
 * configured, that the call-out could not be placed and whom to call.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("prod")
class RespondersOnProdTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final String PASSWORD = "Yl-prod-check-7731";

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        RealPostgres.Database db = RealPostgres.freshDatabase();
        registry.add("HOTLINE_DB_URL", db::url);
        registry.add("HOTLINE_DB_USER", db::user);
        registry.add("HOTLINE_DB_PASSWORD", db::password);
        registry.add("HOTLINE_REDIS_URL", () -> RealRedis.url().toString());
        registry.add("HOTLINE_ID_NUMBER_KEY", () -> "responders-prod-test-id-number-key");
        registry.add("HOTLINE_SMS_PROVIDER", () -> "none");
        registry.add("HOTLINE_COOKIE_SECURE", () -> "false"); // plain HTTP in the test; TLS in production
        registry.add("hotline.responders.dialer-wait", () -> "PT0S");
    }

    @LocalServerPort
    int port;
    @Autowired
    AgentRepository agents;
    @Autowired
    Elders elders;
    @Autowired
    Volunteers volunteers;
    @Autowired
    Responders responders;
    @Autowired
    Cases cases;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void everythingIsKeptOnTheConsoleAndTheCasePageTellsTheTruthWithoutAPbx() throws Exception {
        agents.save(new Agent("admin", "系统管理员", new BCryptPasswordEncoder().encode(PASSWORD), AgentRole.ADMIN, null));
        assertThat(post("/login", Map.of("username", "admin", "password", PASSWORD), "/login").headers()
                .firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console/queue"));

        String teamPage = post("/console/supervisor/volunteers", Map.of("name", "东风互助队", "community", "东风社区",
                "area", "1-6号楼"), "/console/supervisor/volunteers").headers().firstValue("Location").orElseThrow();
        String team = teamPage.substring(teamPage.indexOf("/console/"));
        post(team + "/members", Map.of("name", "赵志愿", "phone", "137 1234 5678", "building", "3号楼2单元", "hours", ""),
                team);
        assertThat(get(team).body()).contains("赵志愿").contains("137****5678").doesNotContain("13712345678");

        String created = post("/console/elders/new", List.of(Map.entry("fullName", "王秀英"),
                Map.entry("idNumber", "340504194703084159"), Map.entry("sex", ""), Map.entry("birthDate", ""),
                Map.entry("registration", "URBAN"), Map.entry("street", "银铃街道"), Map.entry("community", "东风社区"),
                Map.entry("address", "东风路3号楼2单元"), Map.entry("phones", "13800000001"), Map.entry("living", "ALONE"),
                Map.entry("familyName", "王磊"), Map.entry("familyRelation", "儿子"), Map.entry("familyPhone", "13900000001"),
                Map.entry("familyConsent", "true")), "/console/elders/new").headers().firstValue("Location").orElseThrow();
        Elder elder = elders.get(new ElderId(Long.parseLong(created.substring(created.lastIndexOf('/') + 1))));
        String record = "/console/elders/" + elder.getId();
        String page = get(record).body();
        Matcher volunteer = Pattern.compile("<option value=\"(\\d+)\">赵志愿").matcher(page);
        assertThat(volunteer.find()).as("the volunteer of the elder's community is offered").isTrue();
        Matcher son = Pattern.compile("<option value=\"(\\d+)\">王磊（儿子）").matcher(page);
        assertThat(son.find()).as("the son is offered").isTrue();
        post(record + "/responders/family", Map.of("contactId", son.group(1), "hours", ""), record);
        post(record + "/responders/community-worker", Map.of("name", "李主任", "phone", "0555-2100999", "hours", ""), record);
        post(record + "/responders/volunteer", Map.of("volunteerId", volunteer.group(1)), record);
        assertThat(responders.of(elder.elderId())).extracting(ResponderLine::name).containsExactly("王磊", "李主任", "赵志愿");

        CareCase k = cases.openEmergency(elder.elderId(), "我摔倒了起不来", Channel.WEB, "test");
        long deadline = System.currentTimeMillis() + 20_000;
        while (cases.timeline(k.getId()).stream().noneMatch(e -> "RESPONDERS_NO_DIALER".equals(e.getKind()))
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertThat(cases.timeline(k.getId())).extracting(CaseEvent::getKind).contains("RESPONDERS_CALL_OUT",
                "RESPONDERS_NO_DIALER").doesNotContain("RESPONDER_CALLING");
        assertThat(get("/console/cases/" + k.getId()).body()).contains("无法自动呼叫响应人（外呼线路未连接或未配置）")
                .contains("tel:05552100999").contains("tel:13712345678");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> fields, String formPage)
            throws IOException, InterruptedException {
        return post(path, List.copyOf(new LinkedHashMap<>(fields).entrySet()), formPage);
    }

    /** Posts a form with the CSRF token of {@code formPage}, as the page's form would. */
    private HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields, String formPage)
            throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(get(formPage).body());
        assertThat(token.find()).as("CSRF token on " + formPage).isTrue();
        List<Map.Entry<String, String>> form = new ArrayList<>(fields);
        form.add(Map.entry("_csrf", token.group(1)));
        String body = form.stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> r = browser.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("POST %s (%s): %s", path, r.statusCode(), problems(r.body())).isEqualTo(302);
        return r;
    }

    /** The problems a refused form is shown with. */
    private static String problems(String page) {
        Matcher m = Pattern.compile("(?:role=\"alert\"[^>]*|<li)>([^<]+)<").matcher(page);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            out.append(m.group(1)).append(' ');
        }
        return out.toString();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
