package cn.yinling.hotline.console.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.agent.AuditEntryRepository;
import cn.yinling.hotline.cases.elder.ElderRepository;
import cn.yinling.hotline.cases.support.RealPostgres;
import cn.yinling.hotline.console.ConsoleTestApplication;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The first admin of a centre starting in production: {@code create-admin} on an empty PostgreSQL
 * database (migrated by the command), then the console started on that database signs the admin in.
 * The password never comes from the command line, a weak one is refused as on the console, and
 * nothing is created twice.
 */
@SpringBootTest(classes = ConsoleTestApplication.class, properties = "hotline.cases.demo-data=false")
@AutoConfigureMockMvc
class CreateAdminCommandTest {

    static final String PASSWORD = "银铃-首任管理员-7391";
    static RealPostgres.Database db;
    static String firstRunOutput;
    static int firstRunStatus;

    /** Runs before the console starts: the command alone brings the empty database to life. */
    @DynamicPropertySource
    static void createAdminOnAnEmptyDatabase(DynamicPropertyRegistry registry) {
        db = RealPostgres.freshDatabase();
        Result r = run(Map.of(CreateAdminCommand.PASSWORD_VARIABLE, PASSWORD), new String[0],
                "--username", "zhangmin", "--display-name", "中心管理员 张敏");
        firstRunStatus = r.status;
        firstRunOutput = r.out;
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    AgentRepository agents;
    @Autowired
    AuditEntryRepository audit;
    @Autowired
    ElderRepository elders;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void theFirstAdminIsCreatedOnAnEmptyDatabaseAndSignsInToTheConsole() throws Exception {
        assertThat(firstRunStatus).as(firstRunOutput).isZero();
        assertThat(firstRunOutput).contains("管理员账号 zhangmin 已创建");
        Agent admin = agents.findByUsername("zhangmin").orElseThrow();
        assertThat(admin.getRole()).isEqualTo(AgentRole.ADMIN);
        assertThat(admin.getDisplayName()).isEqualTo("中心管理员 张敏");
        assertThat(admin.getPasswordHash()).doesNotContain(PASSWORD).startsWith("$2");
        assertThat(elders.count()).isZero();
        assertThat(audit.findAll()).anySatisfy(e -> {
            assertThat(e.getActor()).startsWith("cli:");
            assertThat(e.getDetail()).contains("zhangmin");
        });
        mvc.perform(formLogin("/login").user("zhangmin").password(PASSWORD)).andExpect(authenticated().withUsername("zhangmin"));
        mvc.perform(formLogin("/login").user("zhangmin").password("wrong-" + PASSWORD)).andExpect(unauthenticated());
    }

    @Test
    void aSecondCreateChangesNothingAndResetPasswordSetsANewOne() throws Exception {
        run(Map.of(CreateAdminCommand.PASSWORD_VARIABLE, PASSWORD), dbArgs(), "--username", "liqiang");
        String before = agents.findByUsername("liqiang").orElseThrow().getPasswordHash();

        Result again = run(Map.of(CreateAdminCommand.PASSWORD_VARIABLE, "另一个密码-5820-银铃"), dbArgs(), "--username", "liqiang");
        assertThat(again.status).isEqualTo(1);
        assertThat(again.err).contains("账号 liqiang 已存在").contains("--reset-password");
        assertThat(agents.findByUsername("liqiang").orElseThrow().getPasswordHash()).isEqualTo(before);

        Result reset = run(Map.of(CreateAdminCommand.PASSWORD_VARIABLE, "另一个密码-5820-银铃"), dbArgs(),
                "--username", "liqiang", "--reset-password");
        assertThat(reset.status).as(reset.err).isZero();
        assertThat(encoder.matches("另一个密码-5820-银铃", agents.findByUsername("liqiang").orElseThrow().getPasswordHash())).isTrue();
        assertThat(agents.findAll().stream().filter(a -> a.getUsername().equals("liqiang"))).hasSize(1);

        Result nobody = run(Map.of(CreateAdminCommand.PASSWORD_VARIABLE, PASSWORD), dbArgs(), "--username", "nobody", "--reset-password");
        assertThat(nobody.status).isEqualTo(1);
        assertThat(nobody.err).contains("没有名为 nobody 的账号");
    }

    @Test
    void aWeakPasswordIsRefusedInChineseAndNothingIsCreated() {
        Result r = run(Map.of(CreateAdminCommand.PASSWORD_VARIABLE, "1234567890"), dbArgs(), "--username", "weakadmin");
        assertThat(r.status).isEqualTo(1);
        assertThat(r.err).contains("密码过于简单");
        assertThat(agents.findByUsername("weakadmin")).isEmpty();
    }

    @Test
    void aPasswordOnTheCommandLineIsRefusedBeforeAnythingHappens() {
        Result r = run(Map.of(), dbArgs(), "--username", "cmdline", "--password", "银铃-首任管理员-7391");
        assertThat(r.status).isEqualTo(2);
        assertThat(r.err).contains("密码不能写在命令行上");
        assertThat(agents.findByUsername("cmdline")).isEmpty();
    }

    @Test
    void aTypedPasswordMustBeTypedTheSameTwice() {
        Result mismatch = run(Map.of(), dbArgs(), new ArrayDeque<>(java.util.List.of("银铃-首任管理员-7391", "银铃-首任管理员-7392")),
                "--username", "typist");
        assertThat(mismatch.status).isEqualTo(1);
        assertThat(mismatch.err).contains("两次输入的密码不一致");
        assertThat(agents.findByUsername("typist")).isEmpty();

        Result typed = run(Map.of(), dbArgs(), new ArrayDeque<>(java.util.List.of("银铃-首任管理员-7391", "银铃-首任管理员-7391")),
                "--username", "typist");
        assertThat(typed.status).as(typed.err).isZero();
        assertThat(encoder.matches("银铃-首任管理员-7391", agents.findByUsername("typist").orElseThrow().getPasswordHash())).isTrue();
    }

    @Test
    void withoutATerminalOrTheVariableItSaysWhereThePasswordComesFrom() {
        Result r = run(Map.of(), dbArgs(), "--username", "noterminal");
        assertThat(r.status).isEqualTo(1);
        assertThat(r.err).contains("HOTLINE_ADMIN_PASSWORD");
    }

    @Test
    void anInvalidUsernameOrAMissingOneIsABadRequest() {
        assertThat(run(Map.of(CreateAdminCommand.PASSWORD_VARIABLE, PASSWORD), dbArgs(), "--username", "Robert'); DROP TABLE agent;--").err)
                .contains("用户名须以小写字母开头");
        assertThat(run(Map.of(CreateAdminCommand.PASSWORD_VARIABLE, PASSWORD), dbArgs()).status).isEqualTo(2);
    }

    @Test
    void anUnreachableDatabaseIsReportedAndNothingElseHappens() {
        Result r = run(Map.of(CreateAdminCommand.PASSWORD_VARIABLE, PASSWORD),
                new String[] {"--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none", "--spring.datasource.username=x",
                        "--spring.datasource.hikari.initialization-fail-timeout=1"},
                "--username", "offline");
        assertThat(r.status).isEqualTo(1);
        assertThat(r.err).contains("无法连接或升级数据库");
    }

    record Result(int status, String out, String err) {
    }

    static String[] dbArgs() {
        return new String[] {"--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password()};
    }

    static Result run(Map<String, String> env, String[] springArgs, String... args) {
        return run(env, springArgs, new ArrayDeque<>(), args);
    }

    static Result run(Map<String, String> env, String[] springArgs, Deque<String> typed, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + (springArgs.length == 0 ? 3 : springArgs.length)];
        System.arraycopy(args, 0, all, 0, args.length);
        String[] database = springArgs.length == 0 && db != null ? dbArgs() : springArgs;
        System.arraycopy(database, 0, all, args.length, database.length);
        CreateAdminCommand.Terminal terminal = typed.isEmpty() ? prompt -> null : prompt -> {
            String next = typed.poll();
            return next == null ? null : next.toCharArray();
        };
        int status = new CreateAdminCommand(env, terminal, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(all);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
