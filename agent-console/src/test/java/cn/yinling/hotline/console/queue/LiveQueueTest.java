package cn.yinling.hotline.console.queue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The queue the console shows: emergencies first, then by waiting time; claimed cases name their holder. */
@SpringBootTest(classes = ConsoleTestApplication.class)
class LiveQueueTest {

    @Autowired
    QueueView queue;
    @Autowired
    Cases cases;
    @Autowired
    TestAgents testAgents;
    @Autowired
    TestClock clock;
    @Autowired
    QueueRelay relay;

    @Test
    void withoutRedisTheQueueIsLiveOnThisNodeOnly() {
        assertThat(relay.listening()).isFalse();
        assertThat(relay.isRunning()).isTrue();
    }

    @Test
    void emergenciesComeFirstThenTheLongestWaiting() {
        Agent me = testAgents.create(AgentRole.AGENT, "李娜");
        CareCase older = cases.openHandoff(null, "先来的", Priority.NORMAL, Channel.WEB, "bot");
        clock.advance(Duration.ofSeconds(30));
        CareCase newer = cases.openHandoff(null, "后来的", Priority.NORMAL, Channel.WEB, "bot");
        CareCase emergency = cases.openEmergency(null, "老人摔倒了", Channel.VOICE, "bot");

        List<Long> order = queue.openCases(me).stream().map(QueueItem::id)
                .filter(id -> List.of(older.getId(), newer.getId(), emergency.getId()).contains(id)).toList();

        assertThat(order).containsExactly(emergency.getId(), older.getId(), newer.getId());
        QueueItem e = queue.openCases(me).stream().filter(i -> i.id() == emergency.getId()).findFirst().orElseThrow();
        assertThat(e.emergency()).isTrue();
        assertThat(e.typeLabel()).isEqualTo("紧急求助");
        assertThat(e.elderName()).isEqualTo("未识别来电人");
    }

    @Test
    void aClaimedCaseShowsWhoHoldsItAndIsMineForTheHolder() {
        Agent li = testAgents.create(AgentRole.AGENT, "李娜");
        Agent zhou = testAgents.create(AgentRole.AGENT, "周强");
        CareCase c = cases.openHandoff(null, "转人工", Priority.NORMAL, Channel.WEB, "bot");
        cases.claim(c.getId(), li.getId(), li.getUsername());

        QueueItem forLi = queue.openCases(li).stream().filter(i -> i.id() == c.getId()).findFirst().orElseThrow();
        QueueItem forZhou = queue.openCases(zhou).stream().filter(i -> i.id() == c.getId()).findFirst().orElseThrow();

        assertThat(forLi.mine()).isTrue();
        assertThat(forZhou.mine()).isFalse();
        assertThat(forZhou.holderName()).isEqualTo("李娜");
        assertThat(forZhou.status()).isEqualTo("CLAIMED");
    }
}
