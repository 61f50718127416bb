package cn.yinling.hotline.ivr.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yinling.hotline.cases.callback.Callback;
import cn.yinling.hotline.cases.callback.CallbackState;
import cn.yinling.hotline.cases.callback.Callbacks;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.ivr.IvrTestApplication;
import cn.yinling.hotline.ivr.agi.FastAgiServer;
import cn.yinling.hotline.ivr.callback.CallbackDialing;
import cn.yinling.hotline.ivr.callback.CallbackScript;
import cn.yinling.hotline.ivr.simulator.AgiSimulator;
import cn.yinling.hotline.ivr.simulator.CallEnd;
import cn.yinling.hotline.ivr.simulator.CallRecord;
import cn.yinling.hotline.ivr.simulator.CallerStep;
import cn.yinling.hotline.ivr.simulator.ScriptedCaller;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A callback asked for on the phone is still placed after the hotline restarts: the first run takes
 * the request on a call (long wait, key 1) and stops; the second, on the same database file and with
 * nothing in memory from the first, calls the elder back once an agent is free.
 */
class CallbackRestartTest {

    private static final String PHONE = "13722220001";

    @TempDir
    Path dir;
    private final SimulatedAmi ami = SimulatedAmi.start("hotline", "restart-secret", 0);
    private ConfigurableApplicationContext running;

    @AfterEach
    void stop() {
        if (running != null) {
            running.close();
        }
        ami.close();
    }

    @Test
    void aCallbackAskedForBeforeARestartIsPlacedAfterIt() throws Exception {
        ami.queueState("hotline-q", List.of(new SimulatedAmi.Member("agent1", "PJSIP/agent01", 2, false, true)),
                List.of(new SimulatedAmi.Waiting("w.1", "13900000021", 100),
                        new SimulatedAmi.Waiting("w.2", "13900000022", 50)), 300);
        running = start();
        Elder elder = running.getBean(TestStreet.class).elderWithPolicy(running.getBean(TestStreet.class).newCommunity(),
                "ANQING_FREE");
        running.getBean(Elders.class).addPhone(elder.elderId(), PHONE);
        CallRecord call = new AgiSimulator("127.0.0.1", running.getBean(FastAgiServer.class).port(), Duration.ofSeconds(20))
                .call(PHONE, ScriptedCaller.of(new CallerStep.Keys("0", 1.0), new CallerStep.Keys("1", 1.0)));
        assertThat(call.end()).isEqualTo(CallEnd.HUNG_UP_BY_HOTLINE);
        List<Long> cases = running.getBean(Cases.class).ofElder(elder.elderId()).stream().map(CareCase::getId).toList();
        long callbackId = running.getBean(Callbacks.class).latestOf(cases).values().iterator().next().getId();
        running.close();

        ami.quietQueueState(); // an agent is free now
        running = start();
        assertThat(running.getBean(CallbackDialing.class).dialDue()).isEqualTo(1);

        Map<String, String> originate = await().atMost(Duration.ofSeconds(10)).until(() -> ami.actions("Originate")
                .stream().filter(a -> ("Local/" + PHONE + "@elders").equals(a.get("Channel"))).findFirst().orElse(null),
                a -> a != null);
        assertThat(originate.get("Exten")).isEqualTo("callback");
        assertThat(originate.get("Variable")).contains(CallbackScript.CALLBACK_VARIABLE + "=" + callbackId);
        Callback after = running.getBean(Callbacks.class).find(new cn.yinling.hotline.cases.callback.CallbackId(callbackId))
                .orElseThrow();
        assertThat(after.getState()).isIn(CallbackState.DIALING, CallbackState.ANSWERED);
        assertThat(after.getAttempts()).isEqualTo(1);
    }

    private ConfigurableApplicationContext start() {
        // Arguments, not default properties: they must win over the test application.yml's in-memory database.
        ConfigurableApplicationContext context = new SpringApplicationBuilder(IvrTestApplication.class).run(
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("hotline").toAbsolutePath(),
                "--hotline.ami.host=127.0.0.1",
                "--hotline.ami.port=" + ami.port(),
                "--hotline.ami.username=hotline",
                "--hotline.ami.secret=restart-secret",
                "--hotline.ami.reconnect-delay=PT0.2S",
                "--hotline.ami.channel=Local/{number}@elders",
                "--hotline.ami.ring-timeout=PT1S",
                "--hotline.ami.originate-timeout=PT3S");
        AmiConnection connection = context.getBean(AmiConnection.class);
        await().atMost(Duration.ofSeconds(20)).until(connection::isConnected);
        return context;
    }
}
