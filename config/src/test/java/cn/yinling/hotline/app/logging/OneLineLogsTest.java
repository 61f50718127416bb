package cn.yinling.hotline.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusUtil;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application's Logback configuration (logback-spring.xml) read as Logback reads it, writing a log file. */
class OneLineLogsTest {

    private static final String FORGED = "2026-12-07T09:00:00.000+08:00  INFO 1 --- [main] c.y.h.Forged : forged";

    @TempDir
    Path temp;

    @Test
    void aLineBreakOrControlCharacterInALoggedValueStaysOnTheEventsLine() throws Exception {
        Path file = temp.resolve("hotline.log");
        LoggerContext context = configured(file);
        Logger log = context.getLogger("cn.yinling.hotline.Test");

        log.warn("sender [{}] refused", "a\n" + FORGED + "\rb\u2028c\u2029d\u0085e\u001b[31mf\u202eg\th");
        context.stop();

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).singleElement().satisfies(l -> assertThat(l).contains("WARN").endsWith(
                "sender [a\\n" + FORGED + "\\rb\\u2028c\\u2029d\\u0085e\\u001B[31mf\\u202Eg\th] refused"));
    }

    @Test
    void aStackTraceKeepsItsLinesButEveryOneIsIndented() throws Exception {
        Path file = temp.resolve("hotline.log");
        LoggerContext context = configured(file);
        Logger log = context.getLogger("cn.yinling.hotline.Test");

        log.error("the turn failed", new IllegalStateException("bad input\n" + FORGED,
                new IllegalArgumentException("cause\u2028" + FORGED)));
        log.info("next event");
        context.stop();

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).contains("ERROR").endsWith("the turn failed");
        assertThat(lines.get(lines.size() - 1)).contains("INFO").endsWith("next event");
        assertThat(lines.subList(1, lines.size() - 1)).hasSizeGreaterThan(4)
                .allSatisfy(l -> assertThat(l).startsWith("\t"))
                .anySatisfy(l -> assertThat(l).startsWith("\tjava.lang.IllegalStateException: bad input"))
                .anySatisfy(l -> assertThat(l).startsWith("\tCaused by: java.lang.IllegalArgumentException: cause"))
                .anySatisfy(l -> assertThat(l).startsWith("\tat cn.yinling.hotline"));
        assertThat(lines).filteredOn(l -> l.contains("forged")).allSatisfy(l -> assertThat(l).startsWith("\t"));
    }

    @Test
    void mobileAndResidentIdNumbersInAMessageAreMasked() throws Exception {
        Path file = temp.resolve("hotline.log");
        LoggerContext context = configured(file);
        Logger log = context.getLogger("cn.yinling.hotline.Test");

        log.info("call to {} for elder {} failed\nagain {}", "13905550188", "340500194503120041", "139 0555 0188");
        context.stop();

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).singleElement().satisfies(l -> assertThat(l)
                .endsWith("call to 139****0188 for elder 340500************ failed\\nagain 139 **** 0188")
                .doesNotContain("05550188", "194503120041"));
    }

    @Test
    void withoutALogFileOnlyTheConsoleIsWritten() throws Exception {
        LoggerContext context = configured(null);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getAppender("CONSOLE")).isNotNull();
        assertThat(root.getAppender("FILE")).isNull();
        context.stop();
    }

    private static LoggerContext configured(Path logFile) throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter()); // what SLF4J's binding sets up for the real one
        context.start();
        if (logFile != null) {
            context.putProperty("LOG_FILE", logFile.toString());
        }
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(OneLineLogsTest.class.getResource("/logback-spring.xml"));
        assertThat(new StatusUtil(context).getHighestLevel(0)).as("configuration errors").isLessThan(Status.ERROR);
        return context;
    }
}
