package cn.yinling.hotline.cases.responders;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.CasesSpringTest;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CaseEvent;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.sms.TextMessage;
import cn.yinling.hotline.cases.sms.TextMessageDelivery;
import cn.yinling.hotline.cases.sms.TextMessageState;
import cn.yinling.hotline.cases.sms.TextMessages;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The emergency call-out in the database, without a dialer (this module has none): what an
 * emergency starts, responders rung one at a time in order, answers moving it on, hours, the end of
 * the list, a node that stopped mid-call, and two nodes claiming at once.
 */
class CallOutsTest extends CasesSpringTest {

    private static final AtomicInteger PHONES = new AtomicInteger(ThreadLocalRandom.current().nextInt(1_000_000));

    @Autowired
    CallOuts callOuts;
    @Autowired
    Responders responders;
    @Autowired
    Volunteers volunteers;
    @Autowired
    Cases cases;
    @Autowired
    Elders elders;
    @Autowired
    ResponderProperties properties;

    Elder elder;
    String sonPhone;
    Volunteer volunteer;

    @BeforeEach
    void anElderWithASonAndAVolunteer() {
        elder = street.elderWithPolicy(community, "ANQING_FREE");
        sonPhone = phone();
        long son = elders.addFamilyContact(elder.elderId(), "王磊", "儿子", sonPhone, true).getId();
        responders.addFamily(elder.elderId(), son, "");
        VolunteerTeam team = volunteers.createTeam("东风互助队", community, "3号楼");
        volunteer = volunteers.addMember(team.getId(), "赵志愿", phone(), "3号楼2单元", "");
        responders.addVolunteer(elder.elderId(), volunteer.getId());
    }

    @Nested
    class Starting {

        @Test
        void anEmergencyOfAnElderWithRespondersStartsACallOutInTheirOrder() {
            CareCase k = emergency();
            CallOutProgress p = callOuts.ofCase(k.getId()).orElseThrow();
            assertThat(p.callOut().getState()).isEqualTo(CallOutState.WAITING);
            assertThat(p.calls()).extracting(ResponderCall::getFullName).containsExactly("王磊", "赵志愿");
            assertThat(p.calls()).extracting(ResponderCall::getRelation).containsExactly("儿子", "志愿者（东风互助队）");
            assertThat(kinds(k)).containsSubsequence("OPENED", CallOuts.STARTED);
        }

        @Test
        void anElderWithoutRespondersAndOtherCasesStartNone() {
            Elder alone = street.elderWithPolicy(community, "ANQING_FREE");
            assertThat(callOuts.ofCase(cases.openEmergency(alone.elderId(), "救命", Channel.VOICE, "test").getId())).isEmpty();
            CareCase handoff = cases.openHandoff(elder.elderId(), "转人工", Priority.HIGH, Channel.VOICE, "test");
            assertThat(callOuts.ofCase(handoff.getId())).isEmpty();
            CareCase unknown = cases.openEmergency(null, "救命", Channel.WEB, "test", "203.0.113." + PHONES.get() % 250);
            assertThat(callOuts.ofCase(unknown.getId())).isEmpty();
        }

        @Test
        void aDeactivatedVolunteerIsLeftOut() {
            volunteers.setMemberActive(volunteer.getId(), false);
            CareCase k = emergency();
            assertThat(callOuts.ofCase(k.getId()).orElseThrow().calls()).extracting(ResponderCall::getFullName)
                    .containsExactly("王磊");
        }
    }

    @Nested
    class Texting {

        @Autowired
        TextMessages texts;

        @Test
        void respondersWithAMobileAndConsentingFamilyGetATextInTheCallOutsTransaction() {
            String daughter = phone();
            elders.addFamilyContact(elder.elderId(), "王芳", "女儿", daughter, true);
            elders.addFamilyContact(elder.elderId(), "王强", "侄子", phone(), false);
            elders.addFamilyContact(elder.elderId(), "王丽", "孙女", "0555-8" + phone().substring(5), true);
            CareCase k = emergency();

            List<TextMessage> sent = texts.about("case:" + k.getId());
            assertThat(sent).extracting(TextMessage::getPhone)
                    .containsExactly(sonPhone, volunteer.getPhone(), daughter);
            assertThat(sent).extracting(TextMessage::getTemplate)
                    .containsExactly("emergency.responder", "emergency.responder", "emergency.family");
            String place = elder.getCommunity() + elder.getAddress();
            assertThat(sent).allSatisfy(m -> {
                assertThat(m.getState()).isEqualTo(TextMessageState.QUEUED);
                assertThat(TextMessageDelivery.params(m.getParams()))
                        .containsExactly(elder.getFullName(), place, "我摔倒了起不来", "12349");
            });
            assertThat(notes(k, CallOuts.TEXTED)).singleElement().asString()
                    .contains("王磊（儿子）", "赵志愿", "王芳（女儿）").doesNotContain("王强", "王丽");
        }

        @Test
        void aSecondReportOfTheSameEmergencyTextsNobodyAgain() {
            CareCase k = emergency();
            cases.openEmergency(elder.elderId(), "快来人", Channel.VOICE, "test");
            assertThat(texts.about("case:" + k.getId())).hasSize(2);
        }

        @Test
        void anElderWithoutRespondersStartsNoCallOutAndNoTexts() {
            Elder alone = street.elderWithPolicy(community, "ANQING_FREE");
            elders.addFamilyContact(alone.elderId(), "李华", "儿子", phone(), true);
            CareCase k = cases.openEmergency(alone.elderId(), "救命", Channel.VOICE, "test");
            assertThat(texts.about("case:" + k.getId())).isEmpty();
        }
    }

    @Nested
    class Calling {

        @Test
        void oneResponderRingsAtATimeAndTwoMovesToTheNext() {
            CareCase k = emergency();
            DueResponderCall first = single("node-a", k);
            assertThat(first.phone()).isEqualTo(sonPhone);
            assertThat(claim("node-b", k)).as("nobody else while the son's phone rings").isEmpty();

            assertThat(callOuts.declined(first.callId())).isTrue();
            assertThat(callOuts.declined(first.callId())).as("told once").isFalse();
            DueResponderCall second = single("node-b", k);
            assertThat(second.phone()).isEqualTo(volunteer.getPhone());
            assertThat(callOuts.accepted(second.callId())).isTrue();

            assertThat(claim("node-a", k)).isEmpty();
            assertThat(callOuts.ofCase(k.getId()).orElseThrow().callOut().getState()).isEqualTo(CallOutState.ACCEPTED);
            assertThat(kinds(k)).containsSubsequence(CallOuts.STARTED, CallOuts.CALLING, CallOuts.DECLINED,
                    CallOuts.CALLING, CallOuts.ACCEPTED);
            assertThat(notes(k, CallOuts.ACCEPTED)).singleElement().asString().contains("赵志愿（志愿者（东风互助队））")
                    .doesNotContain(volunteer.getPhone()).contains(volunteer.getPhone().substring(7));
            Volunteer counted = volunteers.member(volunteer.getId());
            assertThat(counted.getAcceptedCount()).isEqualTo(1);
            assertThat(counted.getDeclinedCount()).isZero();
        }

        @Test
        void nobodyAcceptingEndsTheListLoudly() {
            CareCase k = emergency();
            callOuts.noAnswer(single("node-a", k).callId(), "BUSY");
            callOuts.noAnswer(single("node-a", k).callId(), "NO_ANSWER");
            assertThat(claim("node-a", k)).isEmpty();

            assertThat(callOuts.ofCase(k.getId()).orElseThrow().callOut().getState()).isEqualTo(CallOutState.EXHAUSTED);
            assertThat(notes(k, CallOuts.NO_ANSWER)).hasSize(2).first().asString().contains("占线");
            assertThat(notes(k, CallOuts.EXHAUSTED)).singleElement().asString().contains("请立即拨打120/110");
            assertThat(volunteers.member(volunteer.getId()).getNoAnswerCount()).isEqualTo(1);
        }

        @Test
        void aResponderOutsideTheirHoursIsSkipped() {
            Elder e = street.elderWithPolicy(community, "ANQING_FREE");
            long daughter = elders.addFamilyContact(e.elderId(), "王芳", "女儿", phone(), true).getId();
            responders.addFamily(e.elderId(), daughter, "20:00-08:00");
            responders.addCommunityWorker(e.elderId(), "李主任", phone(), "08:00-18:00");
            clock.set(LocalDate.of(2026, 3, 2).atTime(9, 0));

            CareCase k = cases.openEmergency(e.elderId(), "我摔倒了", Channel.VOICE, "test");
            DueResponderCall called = single("node-a", k);
            assertThat(callOuts.ofCase(k.getId()).orElseThrow().calls()).extracting(ResponderCall::getState)
                    .containsExactly(CallState.SKIPPED, CallState.CALLING);
            assertThat(notes(k, CallOuts.SKIPPED)).singleElement().asString().contains("王芳").contains("20:00-08:00");
            assertThat(called.phone()).isNotNull();
        }

        @Test
        void aCallNeverPlacedUsesUpNobody() {
            CareCase k = emergency();
            DueResponderCall first = single("node-a", k);
            callOuts.notPlaced(first.callId());
            assertThat(single("node-a", k).callId()).as("the son again").isEqualTo(first.callId());
            assertThat(kinds(k)).contains(CallOuts.NOT_PLACED).doesNotContain(CallOuts.NO_ANSWER);
        }

        @Test
        void aClosedCaseStopsTheCallOut() {
            CareCase k = emergency();
            cases.resolve(k.getId(), "agent", "家属已到");
            assertThat(claim("node-a", k)).isEmpty();
            assertThat(callOuts.ofCase(k.getId()).orElseThrow().callOut().getState()).isEqualTo(CallOutState.CANCELLED);
        }
    }

    @Nested
    class AcrossNodesAndRestarts {

        @Test
        void aCallLeftRingingByAStoppedNodeCountsAsUnansweredAndTheNextNodeGoesOn() {
            CareCase k = emergency();
            DueResponderCall leftBehind = single("stopped-node", k);
            callOuts.releaseStale();
            assertThat(callOuts.ofCase(k.getId()).orElseThrow().calls().get(0).getState()).as("not yet")
                    .isEqualTo(CallState.CALLING);
            clock.advance(properties.callTimeout().plusSeconds(1));
            assertThat(callOuts.releaseStale()).isPositive();
            assertThat(callOuts.ofCase(k.getId()).orElseThrow().calls().get(0).getState()).isEqualTo(CallState.NO_ANSWER);

            DueResponderCall next = single("restarted-node", k);
            assertThat(next.callId()).isNotEqualTo(leftBehind.callId());
            assertThat(notes(k, CallOuts.NO_ANSWER)).singleElement().asString().contains("无回应");
        }

        @Test
        void twoNodesClaimingAtOnceNeverRingTwoRespondersOfOneCase() throws Exception {
            List<Long> caseIds = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Elder e = street.elderWithPolicy(community, "ANQING_FREE");
                responders.addCommunityWorker(e.elderId(), "社工" + i, phone(), "");
                responders.addVolunteer(e.elderId(), volunteer.getId());
                caseIds.add(cases.openEmergency(e.elderId(), "快来人", Channel.VOICE, "test").getId());
            }
            ConcurrentLinkedQueue<Long> rung = new ConcurrentLinkedQueue<>();
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService nodes = Executors.newFixedThreadPool(2);
            List<Future<?>> done = new ArrayList<>();
            for (String node : List.of("node-a", "node-b")) {
                done.add(nodes.submit(() -> {
                    go.await();
                    for (int round = 0; round < 3; round++) {
                        callOuts.claimNext(node).forEach(d -> rung.add(d.caseId().value()));
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : done) {
                f.get();
            }
            nodes.shutdown();
            List<Long> ours = rung.stream().filter(caseIds::contains).toList();
            assertThat(ours).as("each case rung once, by one node").hasSize(caseIds.size()).doesNotHaveDuplicates();
            for (Long caseId : caseIds) {
                assertThat(callOuts.ofCase(caseId).orElseThrow().calls()).extracting(ResponderCall::getState)
                        .containsExactly(CallState.CALLING, CallState.PENDING);
            }
        }

        @Test
        void aDialerThatCannotPlaceCallsIsSaidOnTheCaseOnce() {
            CareCase k = emergency();
            assertThat(callOuts.dialerNotReady(Duration.ofSeconds(20))).as("not waited long yet").isZero();
            clock.advance(Duration.ofSeconds(21));
            assertThat(callOuts.dialerNotReady(Duration.ofSeconds(20))).isEqualTo(1);
            assertThat(callOuts.dialerNotReady(Duration.ofSeconds(20))).isZero();
            assertThat(notes(k, CallOuts.NO_DIALER)).singleElement().asString().contains("请坐席立即逐一电话联系响应人");
            assertThat(callOuts.ofCase(k.getId()).orElseThrow().calls()).extracting(ResponderCall::getState)
                    .containsOnly(CallState.PENDING);
        }
    }

    @Nested
    class WhatTheCallerIsPromised {

        @Test
        void familyAndCommunityOnlyWhenTheyAreCalled() {
            assertThat(responders.alertedOnEmergency(elder.elderId())).isEqualTo(new AlertedContacts(true, true));
            Elder alone = street.elderWithPolicy(community, "ANQING_FREE");
            assertThat(responders.alertedOnEmergency(alone.elderId())).isEqualTo(AlertedContacts.NOBODY);
            responders.addCommunityWorker(alone.elderId(), "李主任", phone(), "08:00-18:00");
            assertThat(responders.alertedOnEmergency(alone.elderId())).isEqualTo(new AlertedContacts(false, true));
            clock.set(LocalDate.of(2026, 3, 2).atTime(23, 0));
            assertThat(responders.alertedOnEmergency(alone.elderId())).as("nobody to call at night")
                    .isEqualTo(AlertedContacts.NOBODY);
        }
    }

    private CareCase emergency() {
        return cases.openEmergency(elder.elderId(), "我摔倒了起不来", Channel.VOICE, "test");
    }

    /** What {@code node} claims now for case {@code k} (call-outs other tests left waiting are claimed too). */
    private List<DueResponderCall> claim(String node, CareCase k) {
        return callOuts.claimNext(node).stream().filter(d -> d.caseId().value() == k.getId()).toList();
    }

    private DueResponderCall single(String node, CareCase k) {
        List<DueResponderCall> due = claim(node, k);
        assertThat(due).hasSize(1);
        return due.get(0);
    }

    private List<String> kinds(CareCase k) {
        return cases.timeline(k.getId()).stream().map(CaseEvent::getKind).collect(Collectors.toList());
    }

    private List<String> notes(CareCase k, String kind) {
        return cases.timeline(k.getId()).stream().filter(e -> kind.equals(e.getKind())).map(CaseEvent::getNote).toList();
    }

    private static String phone() {
        return "1360" + String.format("%07d", PHONES.incrementAndGet() % 10_000_000);
    }

}
