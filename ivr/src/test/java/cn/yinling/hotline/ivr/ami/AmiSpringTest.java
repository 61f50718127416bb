package cn.yinling.hotline.ivr.ami;

import cn.yinling.hotline.cases.queue.QueueCallAnswered;
import cn.yinling.hotline.ivr.IvrTestApplication;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application with AMI configured against one simulated Asterisk Manager Interface, shared by
 * every AMI test class (one Spring context). Short retry and originate timeouts keep waits short.
 */
@SpringBootTest(classes = IvrTestApplication.class)
@Import(AmiSpringTest.ScreenPops.class)
abstract class AmiSpringTest {

    static final String USER = "hotline";
    static final String SECRET = "s3cret-ami";
    static final SimulatedAmi AMI = SimulatedAmi.start(USER, SECRET, 0);

    @DynamicPropertySource
    static void ami(DynamicPropertyRegistry registry) {
        registry.add("hotline.ami.host", () -> "127.0.0.1");
        registry.add("hotline.ami.port", AMI::port);
        registry.add("hotline.ami.username", () -> USER);
        registry.add("hotline.ami.secret", () -> SECRET);
        registry.add("hotline.ami.reconnect-delay", () -> "PT0.2S");
        registry.add("hotline.ami.channel", () -> "Local/{number}@elders");
        registry.add("hotline.ami.ring-timeout", () -> "PT1S");
        registry.add("hotline.ami.originate-timeout", () -> "PT3S");
    }

    /** QueueCallAnswered as the console would hear it (published on the AMI worker thread). */
    static class ScreenPops {

        final List<QueueCallAnswered> heard = new CopyOnWriteArrayList<>();

        @EventListener
        void on(QueueCallAnswered event) {
            heard.add(event);
        }
    }
}
