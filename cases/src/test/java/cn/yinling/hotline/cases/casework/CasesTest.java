package cn.yinling.hotline.cases.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yinling.hotline.cases.CasesSpringTest;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.elder.Elder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CasesTest extends CasesSpringTest {

    @Autowired
    Cases cases;
    @Autowired
    AgentRepository agents;

    @Test
    void aComplaintIsDueWithinTheConfiguredTimeAndASeriousOneSooner() {
        Elder e = street.elderWithPolicy(community, null);
        CareCase normal = cases.openComplaint(new ComplaintRequest(e.elderId(), ComplaintType.LATE, Severity.NORMAL,
                "阿姨迟到了一个小时", null, null, Channel.VOICE, "bot"));
        CareCase serious = cases.openComplaint(new ComplaintRequest(e.elderId(), ComplaintType.OTHER, Severity.SERIOUS,
                "家里的钱不见了", null, null, Channel.WECHAT, "bot"));
        assertThat(normal.getDueAt()).isEqualTo(clock.instant().plus(Duration.ofDays(2)));
        assertThat(serious.getDueAt()).isEqualTo(clock.instant().plus(Duration.ofHours(4)));
        assertThat(serious.priority()).isEqualTo(Priority.URGENT);
        assertThat(normal.getComplaintType()).isEqualTo(ComplaintType.LATE);
        assertThat(cases.timeline(normal.getId())).extracting(CaseEvent::getKind).containsExactly("OPENED");
        clock.advance(Duration.ofHours(5));
        assertThat(cases.get(serious.getId()).isOverdue(clock.instant())).isTrue();
        assertThat(cases.get(normal.getId()).isOverdue(clock.instant())).isFalse();
    }

    @Test
    void aCallersIdAndMobileNumbersAreKeptMaskedInTheComplaintsSubjectAndTimeline() {
        Elder e = street.elderWithPolicy(community, null);
        CareCase c = cases.openComplaint(new ComplaintRequest(e.elderId(), ComplaintType.ATTITUDE, Severity.NORMAL,
                "护工态度差，我的身份证34050019470312123X，电话13912345678", null, null, Channel.WECHAT, "bot"));
        assertThat(cases.get(c.getId()).getSubject()).isEqualTo("护工态度差，我的身份证340500************，电话139****5678");
        assertThat(cases.timeline(c.getId())).singleElement().satisfies(ev -> assertThat(ev.getNote())
                .isEqualTo("护工态度差，我的身份证340500************，电话139****5678"));
        CareCase handoff = cases.openHandoff(e.elderId(), "请回电13912345678", Priority.HIGH, Channel.WEB, "bot");
        assertThat(handoff.getSubject()).isEqualTo("请回电139****5678");
    }

    @Test
    void aVoiceMessageIsFiledOnTheCaseTimelineWithItsFileAndLength() {
        Elder e = street.elderWithPolicy(community, null);
        CareCase c = cases.openComplaint(new ComplaintRequest(e.elderId(), ComplaintType.LATE, Severity.NORMAL,
                "阿姨迟到了", null, null, Channel.VOICE, "bot"));
        cases.attachVoiceMessage(c.getId(), new VoiceMessage("/var/spool/asterisk/yinling/case-1.wav",
                Duration.ofMillis(12_345)), "voice:13800000001");
        assertThat(cases.timeline(c.getId())).last().satisfies(ev -> {
            assertThat(ev.getKind()).isEqualTo(Cases.VOICE_MESSAGE);
            assertThat(ev.getNote()).isEqualTo("/var/spool/asterisk/yinling/case-1.wav 12.3 s");
            assertThat(ev.getActor()).isEqualTo("voice:13800000001");
        });
        assertThatThrownBy(() -> new VoiceMessage(" ", Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmergencyJumpsTheQueueAndASecondReportJoinsTheOpenCase() {
        Elder e = street.elderWithPolicy(community, null);
        cases.openHandoff(e.elderId(), "要求转人工", Priority.HIGH, Channel.VOICE, "bot");
        CareCase emergency = cases.openEmergency(e.elderId(), "老人说摔倒了起不来", Channel.VOICE, "bot");
        CareCase again = cases.openEmergency(e.elderId(), "又打来说胸口疼", Channel.WECHAT, "bot");
        assertThat(again.getId()).isEqualTo(emergency.getId());
        assertThat(emergency.priority()).isEqualTo(Priority.EMERGENCY);
        List<CareCase> queue = cases.queue();
        assertThat(queue.get(0).priority()).isEqualTo(Priority.EMERGENCY);
        assertThat(cases.timeline(emergency.getId())).extracting(CaseEvent::getKind)
                .containsExactly("OPENED", "REPORTED_AGAIN");
    }

    @Test
    void whenTwoAgentsClaimAtOnceOneGetsItAndTheOtherLearnsWho() throws Exception {
        Agent a = agents.save(new Agent("a-" + community, "甲", "x", AgentRole.AGENT, null));
        Agent b = agents.save(new Agent("b-" + community, "乙", "x", AgentRole.AGENT, null));
        CareCase c = cases.openHandoff(null, "未知来电", Priority.HIGH, Channel.VOICE, "bot");
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<ClaimResult> ra = CompletableFuture.supplyAsync(() -> await(go, () -> cases.claim(c.getId(), a.getId(), "甲")));
        CompletableFuture<ClaimResult> rb = CompletableFuture.supplyAsync(() -> await(go, () -> cases.claim(c.getId(), b.getId(), "乙")));
        go.countDown();
        ClaimResult first = ra.get();
        ClaimResult second = rb.get();
        assertThat(first.claimed() ^ second.claimed()).isTrue();
        Long winner = first.claimed() ? a.getId() : b.getId();
        assertThat(first.holderId()).isEqualTo(winner);
        assertThat(second.holderId()).isEqualTo(winner);
        assertThat(cases.get(c.getId()).getAssigneeId()).isEqualTo(winner);
        assertThat(cases.get(c.getId()).getStatus()).isEqualTo(CaseStatus.CLAIMED);
    }

    @Test
    void closingNeedsAWrapUpCodeAndHappensOnce() {
        CareCase c = cases.openHandoff(null, "咨询", Priority.NORMAL, Channel.WEB, "bot");
        assertThatThrownBy(() -> cases.close(c.getId(), " ", "甲")).hasMessageContaining("wrap-up code");
        cases.close(c.getId(), "ANSWERED", "甲");
        assertThat(cases.get(c.getId()).getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(cases.get(c.getId()).getClosedAt()).isEqualTo(clock.instant());
        assertThatThrownBy(() -> cases.close(c.getId(), "ANSWERED", "甲")).hasMessageContaining("already closed");
    }

    private static <T> T await(CountDownLatch go, java.util.function.Supplier<T> s) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return s.get();
    }
}
