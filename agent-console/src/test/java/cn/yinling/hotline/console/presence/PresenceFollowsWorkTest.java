package cn.yinling.hotline.console.presence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.agent.AgentState;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Presence follows the cases an agent takes and closes, with the clock moved by hand: on a chat →
 * 通话中, closed → 话后处理, counted, and after the longest after-call work (2 minutes by default) 空闲.
 */
@SpringBootTest(classes = ConsoleTestApplication.class, properties = "hotline.console.presence.check-every=PT1H")
class PresenceFollowsWorkTest {

    @Autowired
    TestAgents testAgents;
    @Autowired
    Presence presence;
    @Autowired
    Cases cases;
    @Autowired
    TestClock clock;

    Duration advanced = Duration.ZERO;

    @AfterEach
    void turnTheClockBack() {
        clock.advance(advanced.negated());
    }

    @Test
    void aChatTakenAndClosedIsEngagedThenWrapUpThenAvailable() {
        Agent li = signedIn("李娜");
        Instant start = clock.instant();
        CareCase chat = cases.openHandoff(null, "我要转人工", Priority.NORMAL, Channel.WEB, "bot");

        cases.claim(chat.getId(), li.getId(), li.getUsername());
        assertThat(presence.stateOf(li.getId())).isEqualTo(AgentState.ENGAGED);

        advance(Duration.ofMinutes(6));
        cases.close(chat.getId(), "RESOLVED", li.getUsername());
        assertThat(presence.stateOf(li.getId())).isEqualTo(AgentState.WRAP_UP);

        advance(Duration.ofSeconds(119));
        presence.moveOn();
        assertThat(presence.stateOf(li.getId())).as("still within the longest after-call work").isEqualTo(AgentState.WRAP_UP);

        advance(Duration.ofSeconds(1));
        presence.moveOn();
        assertThat(presence.stateOf(li.getId())).isEqualTo(AgentState.AVAILABLE);

        advance(Duration.ofMinutes(1));
        var times = presence.timeInStates(start, clock.instant()).get(li.getId());
        assertThat(times.get(AgentState.ENGAGED)).isEqualTo(Duration.ofMinutes(6));
        assertThat(times.get(AgentState.WRAP_UP)).isEqualTo(Duration.ofMinutes(2));
        assertThat(times.get(AgentState.AVAILABLE)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void closingOneOfTwoChatsKeepsTheAgentEngaged() {
        Agent li = signedIn("李娜");
        CareCase first = cases.openHandoff(null, "转人工", Priority.NORMAL, Channel.WEB, "bot");
        CareCase second = cases.openHandoff(null, "转人工", Priority.NORMAL, Channel.WECHAT, "bot");
        cases.claim(first.getId(), li.getId(), li.getUsername());
        cases.claim(second.getId(), li.getId(), li.getUsername());

        cases.close(first.getId(), "RESOLVED", li.getUsername());
        assertThat(presence.stateOf(li.getId())).isEqualTo(AgentState.ENGAGED);

        cases.close(second.getId(), "RESOLVED", li.getUsername());
        assertThat(presence.stateOf(li.getId())).isEqualTo(AgentState.WRAP_UP);
    }

    @Test
    void aWorkItemThatIsNoCallOrChatLeavesTheAgentAvailable() {
        Agent li = signedIn("李娜");
        CareCase dialerDown = cases.openDialerDown("外呼线路不通", "dialer");

        cases.claim(dialerDown.getId(), li.getId(), li.getUsername());
        cases.close(dialerDown.getId(), "RESOLVED", li.getUsername());

        assertThat(presence.stateOf(li.getId())).isEqualTo(AgentState.AVAILABLE);
    }

    @Test
    void choosingAvailableEndsAfterCallWorkEarly() {
        Agent li = signedIn("李娜");
        CareCase chat = cases.openHandoff(null, "转人工", Priority.NORMAL, Channel.WEB, "bot");
        cases.claim(chat.getId(), li.getId(), li.getUsername());
        cases.close(chat.getId(), "RESOLVED", li.getUsername());

        presence.set(li.getUsername(), AgentState.AVAILABLE);

        assertThat(presence.stateOf(li.getId())).isEqualTo(AgentState.AVAILABLE);
    }

    @Test
    void aChatReassignedAwayLeavesItsFormerHolderInWrapUpAtTheNextCheck() {
        Agent li = signedIn("李娜");
        Agent zhou = signedIn("周强");
        CareCase chat = cases.openHandoff(null, "转人工", Priority.NORMAL, Channel.WEB, "bot");
        cases.claim(chat.getId(), li.getId(), li.getUsername());

        cases.reassign(chat.getId(), zhou.getId(), "supervisor");
        presence.moveOn();

        assertThat(presence.stateOf(zhou.getId())).isEqualTo(AgentState.ENGAGED);
        assertThat(presence.stateOf(li.getId())).isEqualTo(AgentState.WRAP_UP);
    }

    @Test
    void signingOutIsOfflineEvenOnACall() {
        Agent li = signedIn("李娜");
        CareCase chat = cases.openHandoff(null, "转人工", Priority.NORMAL, Channel.WEB, "bot");
        cases.claim(chat.getId(), li.getId(), li.getUsername());

        presence.set(li.getUsername(), AgentState.OFFLINE);
        assertThat(presence.stateOf(li.getId())).isEqualTo(AgentState.OFFLINE);

        presence.signedIn(li.getUsername());
        assertThat(presence.stateOf(li.getId())).as("signed in again, the chat still held").isEqualTo(AgentState.ENGAGED);
    }

    private Agent signedIn(String name) {
        Agent a = testAgents.create(AgentRole.AGENT, name);
        presence.signedIn(a.getUsername());
        return a;
    }

    private void advance(Duration d) {
        clock.advance(d);
        advanced = advanced.plus(d);
    }
}
