package cn.yinling.hotline;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The hotline: one process serving HTTP (console, WeChat callback, chat API) and FastAGI. Run
 * with no arguments to serve; a first argument that names a command runs that job and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class HotlineApplication {

    /** Start-up steps kept for {@code /actuator/startup} (where the start-up time went; docs/develop.md). */
    private static final int STARTUP_STEPS = 10_000;

    public static void main(String[] args) {
        if (args.length > 0 && !args[0].startsWith("-")) {
            System.exit(Commands.run(args[0], Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication application = new SpringApplication(HotlineApplication.class);
        application.setApplicationStartup(new BufferingApplicationStartup(STARTUP_STEPS));
        application.run(args);
    }
}
