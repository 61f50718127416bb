package cn.yinling.hotline.ivr.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.yinling.hotline.cases.clicktocall.AgentCall;
import cn.yinling.hotline.cases.clicktocall.ClickToCall;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Click-to-call over AMI against the simulated Asterisk over TCP: the agent's own phone is
 * originated first, and once answered continues in the agent-dial context at the number's
 * extension, with the trunk's dial string, the case and the agent on the channel, and the hotline's
 * caller ID.
 */
class AmiClickToCallTest extends AmiSpringTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    AmiConnection connection;
    @Autowired
    ClickToCall clickToCall;

    @BeforeEach
    void connected() {
        await().atMost(Duration.ofSeconds(20)).until(connection::isConnected);
    }

    @Test
    void theAgentsOwnPhoneIsRungFirstThenTheNumberIsDialledThroughTheAgentDialContext() {
        String agentPhone = "PJSIP/80" + String.format("%02d", SEQ.incrementAndGet());
        String number = "1380000" + String.format("%04d", 4000 + SEQ.get());
        AMI.addExtension(number); // the shipped context matches any number (_X.)

        assertThat(clickToCall.call(new AgentCall(agentPhone, number, 4711, "agent1"))).isTrue();

        Map<String, String> originate = await().atMost(Duration.ofSeconds(10)).until(() -> AMI.actions("Originate")
                .stream().filter(a -> agentPhone.equals(a.get("Channel"))).findFirst().orElse(null), a -> a != null);
        assertThat(originate).containsEntry("Context", "yinling-agent-dial").containsEntry("Exten", number)
                .containsEntry("Priority", "1").containsEntry("Async", "true")
                .containsEntry("CallerID", "\"银铃热线\" <12349>").doesNotContainKeys("Application", "Data");
        assertThat(variables(originate)).containsEntry("HOTLINE_DIAL", "Local/" + number + "@elders")
                .containsEntry("HOTLINE_CASE_ID", "4711").containsEntry("HOTLINE_AGENT", "agent1");
    }

    @Test
    void aPhoneOrNumberThatCouldBreakTheActionOrReachAnotherExtensionIsRefused() {
        assertThatThrownBy(() -> new AgentCall("PJSIP/8001\r\nAction: Command", "13800000001", 1, "agent1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AgentCall("PJSIP/8001", "13800000001\r\nAction: Command", 1, "agent1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AgentCall("PJSIP/8001", "h", 1, "agent1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AgentCall("Console/dsp", "13800000001", 1, "agent1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new AgentCall("PJSIP/8001", "13800000001", 1, "agent1").toString()).doesNotContain("13800000001");
    }

    /** The Originate's {@code Variable:} lines (joined by {@code |} in the simulated AMI's record) as a map. */
    private static Map<String, String> variables(Map<String, String> originate) {
        return Stream.of(originate.getOrDefault("Variable", "").split("\\|")).map(v -> v.split("=", 2))
                .filter(kv -> kv.length == 2).collect(Collectors.toMap(kv -> kv[0], kv -> kv[1]));
    }
}
