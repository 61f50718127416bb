package cn.yinling.hotline.ivr.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.yinling.hotline.cases.queue.QueueCall;
import cn.yinling.hotline.cases.queue.QueueCalls;
import cn.yinling.hotline.cases.supervision.CallMonitor;
import cn.yinling.hotline.cases.supervision.MonitorMode;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Supervisors joining a live call over AMI: the agent's channel comes from AgentConnect's
 * DestChannel, and the supervisor's phone is originated into ChanSpy on it with the options of the
 * mode (listen, whisper to the agent, barge in on both).
 */
class AmiCallMonitorTest extends AmiSpringTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    AmiConnection connection;
    @Autowired
    CallMonitor monitor;
    @Autowired
    QueueCalls queueCalls;

    @BeforeEach
    void connected() {
        await().atMost(Duration.ofSeconds(20)).until(connection::isConnected);
    }

    @Test
    void anAnsweredQueueCallIsLiveWithTheAgentsChannel() {
        String uniqueid = "1795375000." + SEQ.incrementAndGet();
        String agentChannel = "PJSIP/agent01-0000" + (100 + SEQ.get());
        SimulatedAmi.QueueCall call = new SimulatedAmi.QueueCall(uniqueid, "13800000001", "王阿姨", "hotline-q",
                "PJSIP/agent01", "agent1", 12, 30);
        AMI.queueCallConnected(call, agentChannel);

        QueueCall live = await().atMost(Duration.ofSeconds(10)).until(() -> queueCalls.live(Duration.ofHours(1)).stream()
                .filter(c -> c.getUniqueid().equals(uniqueid)).findFirst().orElse(null), c -> c != null);
        assertThat(live.getAgentChannel()).isEqualTo(agentChannel);
        assertThat(live.getCallerChannel()).isEqualTo(SimulatedAmi.callerChannel(call));
    }

    @Test
    void aCallWhoseAgentHungUpIsNoLongerLive() {
        String uniqueid = "1795375000." + SEQ.incrementAndGet();
        AMI.queueCallAnswered(new SimulatedAmi.QueueCall(uniqueid, "13800000002", "李大爷", "hotline-q",
                "PJSIP/agent02", "agent2", 5, 40));

        await().atMost(Duration.ofSeconds(10)).until(() -> queueCalls.find(uniqueid)
                .map(c -> c.getTalkSeconds() != null).orElse(false));
        assertThat(queueCalls.live(Duration.ofHours(1))).noneMatch(c -> c.getUniqueid().equals(uniqueid));
    }

    @ParameterizedTest(name = "{0}: ChanSpy({1})")
    @CsvSource({"LISTEN, 'PJSIP/agent01-0000002a,qEu'", "WHISPER, 'PJSIP/agent01-0000002a,qEuw'",
            "BARGE, 'PJSIP/agent01-0000002a,qEuB'"})
    void theSupervisorsPhoneIsOriginatedIntoChanSpyWithTheModesOptions(MonitorMode mode, String data) {
        String supervisor = "PJSIP/supervisor" + SEQ.incrementAndGet();

        assertThat(monitor.ringSupervisor(supervisor, "PJSIP/agent01-0000002a", mode)).isTrue();

        Map<String, String> originate = await().atMost(Duration.ofSeconds(10)).until(() -> AMI.actions("Originate")
                .stream().filter(a -> supervisor.equals(a.get("Channel"))).findFirst().orElse(null), a -> a != null);
        assertThat(originate).containsEntry("Application", "ChanSpy").containsEntry("Data", data)
                .containsEntry("Async", "true").doesNotContainKeys("Exten", "Context", "Variable");
    }

    @Test
    void aChannelThatCouldBreakTheActionIsRefused() {
        assertThatThrownBy(() -> monitor.ringSupervisor("PJSIP/s1\r\nAction: Command", "PJSIP/a-1", MonitorMode.LISTEN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> monitor.ringSupervisor("PJSIP/s1", "PJSIP/a-1,qEuB", MonitorMode.LISTEN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
