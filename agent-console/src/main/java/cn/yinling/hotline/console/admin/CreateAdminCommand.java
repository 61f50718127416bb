package cn.yinling.hotline.console.admin;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.password.PasswordPolicy;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code create-admin --username NAME [--display-name 姓名] [--reset-password]}: creates the first
 * admin account on the configured database (an empty one is migrated first), so a centre's first
 * start in production needs no SQL; {@code --reset-password} gives an existing account a new
 * password and switches it on again, for an admin locked out. The password comes from
 * {@code HOTLINE_ADMIN_PASSWORD} or is typed twice at the terminal, never from the command line,
 * where the shell history and the process list would keep it; it must pass the same policy as on
 * the console. Any other {@code --name=value} argument is a Spring property, e.g.
 * {@code --spring.profiles.active=prod}. Exit status: 0 done, 1 refused or failed, 2 bad usage.
 */
public final class CreateAdminCommand {

    static final String USAGE = """
            usage: create-admin --username NAME [--display-name 姓名] [--reset-password] [--spring.profiles.active=prod]
              the password is read from HOTLINE_ADMIN_PASSWORD, else typed twice at the terminal""";
    static final String PASSWORD_VARIABLE = "HOTLINE_ADMIN_PASSWORD";

    /** Reads a password without echo; null when there is no terminal. */
    interface Terminal {
        char[] readPassword(String prompt);
    }

    private record Request(String username, String displayName, boolean reset, String[] springArgs) {
    }

    private final ConsoleMessages messages = new ConsoleMessages();
    private final Map<String, String> environment;
    private final Terminal terminal;
    private final PrintStream out;
    private final PrintStream err;

    CreateAdminCommand(Map<String, String> environment, Terminal terminal, PrintStream out, PrintStream err) {
        this.environment = environment;
        this.terminal = terminal;
        this.out = out;
        this.err = err;
    }

    public static int run(String[] args) {
        Terminal terminal = System.console() == null ? prompt -> null
                : prompt -> System.console().readPassword("%s", prompt);
        return new CreateAdminCommand(System.getenv(), terminal, System.out, System.err).execute(args);
    }

    int execute(String[] args) {
        Optional<Request> parsed;
        try {
            parsed = parse(args);
        } catch (IllegalArgumentException onCommandLine) {
            err.println(messages.get("createAdmin.passwordOnCommandLine"));
            return 2;
        }
        if (parsed.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        Request request = parsed.get();
        List<String> formProblems = new NewAccountForm(request.username(), request.displayName(), AgentRole.ADMIN.name(),
                null, null).problems();
        if (!formProblems.isEmpty()) {
            formProblems.forEach(p -> err.println(messages.get("account.invalid." + p)));
            return 1;
        }
        String password = password(request.username());
        if (password == null) {
            return 1;
        }
        try (ConfigurableApplicationContext db = database(request.springArgs())) {
            List<PasswordPolicy.Problem> weak = db.getBean(PasswordPolicy.class).check(request.username(), password);
            if (!weak.isEmpty()) {
                int minLength = db.getBean(PasswordPolicy.class).minLength();
                weak.forEach(p -> err.println(messages.get("password.refused." + p.name(), minLength)));
                return 1;
            }
            return request.reset() ? reset(db, request, password) : create(db, request, password);
        } catch (RuntimeException failed) {
            err.println(messages.get("createAdmin.databaseFailed", rootMessage(failed)));
            return 1;
        }
    }

    private int create(ConfigurableApplicationContext db, Request request, String password) {
        if (db.getBean(AgentRepository.class).findByUsername(request.username()).isPresent()) {
            err.println(messages.get("createAdmin.exists", request.username()));
            return 1;
        }
        NewAccountForm form = new NewAccountForm(request.username(), request.displayName(), AgentRole.ADMIN.name(), null,
                password);
        Optional<AccountAdministration.Refusal> refused = db.getBean(AccountAdministration.class).create(form, actor());
        if (refused.isPresent()) {
            err.println(messages.get("account.refused." + refused.get().name()));
            return 1;
        }
        out.println(messages.get("createAdmin.created", request.username()));
        return 0;
    }

    private int reset(ConfigurableApplicationContext db, Request request, String password) {
        Optional<Agent> agent = db.getBean(AgentRepository.class).findByUsername(request.username());
        if (agent.isEmpty()) {
            err.println(messages.get("createAdmin.noSuchAccount", request.username()));
            return 1;
        }
        AccountAdministration accounts = db.getBean(AccountAdministration.class);
        accounts.resetPassword(agent.get().getId(), password, actor());
        if (!agent.get().isActive()) {
            accounts.setActive(agent.get().getId(), true, actor());
        }
        out.println(messages.get("createAdmin.reset", request.username()));
        return 0;
    }

    /** The password from the environment, or typed twice; null (after saying why) when there is none. */
    private String password(String username) {
        String fromEnvironment = environment.get(PASSWORD_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        char[] first = terminal.readPassword(messages.get("createAdmin.prompt", username));
        if (first == null) {
            err.println(messages.get("createAdmin.noPassword"));
            return null;
        }
        char[] second = terminal.readPassword(messages.get("createAdmin.again"));
        try {
            if (second == null || !Arrays.equals(first, second)) {
                err.println(messages.get("createAdmin.mismatch"));
                return null;
            }
            return new String(first);
        } finally {
            Arrays.fill(first, '\0');
            if (second != null) {
                Arrays.fill(second, '\0');
            }
        }
    }

    /** Only the database, the account tables and the password policy: no web server, no AGI, no dialers. */
    private static ConfigurableApplicationContext database(String[] springArgs) {
        SpringApplication app = new SpringApplication(AdminDatabase.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        // A failure is said once, in Chinese, by the command (its root cause), not as start-up stack traces.
        app.setDefaultProperties(Map.of("logging.level.root", "WARN",
                "logging.level.org.springframework.boot.SpringApplication", "OFF", "logging.level.com.zaxxer.hikari", "OFF"));
        return app.run(springArgs);
    }

    private static Optional<Request> parse(String[] args) {
        String username = null;
        String displayName = null;
        boolean reset = false;
        List<String> spring = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--password") || a.startsWith("--password=")) {
                throw new IllegalArgumentException("password on the command line");
            } else if (a.equals("--username") && i + 1 < args.length) {
                username = args[++i];
            } else if (a.startsWith("--username=")) {
                username = a.substring("--username=".length());
            } else if (a.equals("--display-name") && i + 1 < args.length) {
                displayName = args[++i];
            } else if (a.startsWith("--display-name=")) {
                displayName = a.substring("--display-name=".length());
            } else if (a.equals("--reset-password")) {
                reset = true;
            } else if (a.startsWith("--") && a.contains("=")) {
                spring.add(a);
            } else {
                return Optional.empty();
            }
        }
        if (username == null) {
            return Optional.empty();
        }
        return Optional.of(new Request(username.strip(), displayName == null ? "系统管理员" : displayName, reset,
                spring.toArray(String[]::new)));
    }

    /** Who did it, in the audit trail: the command and the operating-system account that ran it. */
    private static String actor() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
