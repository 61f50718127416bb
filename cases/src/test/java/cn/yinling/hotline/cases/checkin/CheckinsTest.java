package cn.yinling.hotline.cases.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.CasesSpringTest;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CaseType;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.LivingSituation;
import cn.yinling.hotline.cases.elder.Registration;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Daily check-in calls: planning, claiming, and what each answer leads to. */
class CheckinsTest extends CasesSpringTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Autowired
    Checkins checkins;
    @Autowired
    Elders elders;
    @Autowired
    Cases cases;

    Elder elder;

    @BeforeEach
    void anElderLivingAloneWithACheckinAtNine() {
        // Earlier tests' elders are due too; move them out of the way by claiming everything due.
        clock.advance(Duration.ofDays(400));
        checkins.releaseStale();
        checkins.planDay(checkins.today());
        List<DueCheckin> left;
        while (!(left = checkins.claimDue("sweeper", 1000)).isEmpty()) {
            left.forEach(d -> checkins.record(d.id(), CheckinAnswer.FINE));
        }
        clock.set(TODAY.atTime(8, 0));
        elder = aloneAt(LocalTime.of(9, 0));
        elders.addPhone(elder.elderId(), "1370000" + String.format("%04d", elder.getId() % 10000));
    }

    @Nested
    class Planning {

        @Test
        void plansOneCallAtTheElderssTimeForEachElderLivingAlone() {
            Elder withFamily = aloneAt(LocalTime.of(9, 0));
            elders.update(withFamily.elderId(), e -> e.setLivingSituation(LivingSituation.WITH_FAMILY));
            Elder noTime = street.elder(street.household(community, Registration.URBAN), "李桂芳");

            checkins.planDay(TODAY);

            assertThat(checkins.ofElder(elder.elderId(), TODAY)).singleElement().satisfies(a -> {
                assertThat(a.getState()).isEqualTo(CheckinState.PENDING);
                assertThat(a.getAttempt()).isEqualTo(1);
                assertThat(a.getDueAt()).isEqualTo(TODAY.atTime(9, 0).atZone(clock.getZone()).toInstant());
            });
            assertThat(checkins.ofElder(withFamily.elderId(), TODAY)).isEmpty();
            assertThat(checkins.ofElder(noTime.elderId(), TODAY)).isEmpty();
        }

        @Test
        void planningTheSameDayTwiceAddsNothing() {
            checkins.planDay(TODAY);
            assertThat(checkins.planDay(TODAY)).isZero();
            assertThat(checkins.ofElder(elder.elderId(), TODAY)).hasSize(1);
        }
    }

    @Nested
    class Claiming {

        @Test
        void nothingIsClaimedBeforeItIsDue() {
            checkins.planDay(TODAY);
            assertThat(checkins.claimDue("node-a", 10)).isEmpty();
        }

        @Test
        void aDueAttemptIsClaimedOnceWithTheElderssNumber() {
            checkins.planDay(TODAY);
            clock.set(TODAY.atTime(9, 0));
            List<DueCheckin> due = checkins.claimDue("node-a", 10);
            assertThat(due).singleElement().satisfies(d -> {
                assertThat(d.elderId()).isEqualTo(elder.elderId());
                assertThat(d.phone()).startsWith("1370000");
            });
            assertThat(checkins.claimDue("node-b", 10)).isEmpty();
            assertThat(checkins.ofElder(elder.elderId(), TODAY).get(0).getClaimedBy()).isEqualTo("node-a");
        }

        @Test
        void pacingLimitsCallsAtOnce() {
            for (int i = 0; i < 12; i++) {
                aloneAt(LocalTime.of(9, 0));
            }
            checkins.planDay(TODAY);
            clock.set(TODAY.atTime(9, 0));
            // default: at most 10 calls at once
            assertThat(checkins.claimDue("node-a")).hasSize(10);
            assertThat(checkins.claimDue("node-a")).isEmpty();
        }
    }

    @Nested
    class Results {

        @Test
        void oneMeansFine() {
            CheckinResult r = checkins.record(calling(), CheckinAnswer.FINE);
            assertThat(r.state()).isEqualTo(CheckinState.FINE);
            assertThat(r.caseId()).isNull();
            assertThat(cases.ofElder(elder.elderId())).isEmpty();
        }

        @Test
        void twoOpensAnUrgentCaseForAnAgent() {
            CheckinResult r = checkins.record(calling(), CheckinAnswer.NEEDS_HELP);
            assertThat(r.state()).isEqualTo(CheckinState.NEEDS_HELP);
            assertThat(cases.ofElder(elder.elderId())).singleElement().satisfies(c -> {
                assertThat(c.getType()).isEqualTo(CaseType.HANDOFF);
                assertThat(c.priority()).isEqualTo(Priority.URGENT);
                assertThat(c.caseId()).isEqualTo(r.caseId());
            });
        }

        @Test
        void noAnswerSchedulesTheNextAttemptTenMinutesLater() {
            CheckinResult r = checkins.record(calling(), CheckinAnswer.NO_ANSWER);
            assertThat(r.state()).isEqualTo(CheckinState.NO_ANSWER);
            assertThat(r.retryAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(10)));
            assertThat(checkins.ofElder(elder.elderId(), TODAY)).extracting(CheckinAttempt::getState)
                    .containsExactly(CheckinState.NO_ANSWER, CheckinState.PENDING);
        }

        @Test
        void theThirdUnansweredCallOpensOneCheckinAlert() {
            checkins.planDay(TODAY);
            for (int call = 1; call <= 3; call++) {
                clock.advance(Duration.ofMinutes(call == 1 ? 60 : 10));
                DueCheckin due = checkins.claimDue("node-a", 10).get(0);
                assertThat(due.attempt()).isEqualTo(call);
                checkins.record(due.id(), CheckinAnswer.NO_ANSWER);
            }
            clock.advance(Duration.ofHours(1));
            assertThat(checkins.claimDue("node-a", 10)).as("no fourth call").isEmpty();
            assertThat(checkins.ofElder(elder.elderId(), TODAY)).extracting(CheckinAttempt::getState)
                    .containsExactly(CheckinState.NO_ANSWER, CheckinState.NO_ANSWER, CheckinState.ALERTED);
            List<CareCase> alerts = cases.ofElder(elder.elderId());
            assertThat(alerts).singleElement().satisfies(c -> assertThat(c.getType()).isEqualTo(CaseType.CHECKIN_ALERT));
        }

        @Test
        void aSecondResultForTheSameCallChangesNothing() {
            CheckinId id = calling();
            checkins.record(id, CheckinAnswer.NEEDS_HELP);
            CheckinResult again = checkins.record(id, CheckinAnswer.NEEDS_HELP);
            assertThat(again.recorded()).isFalse();
            assertThat(checkins.record(id, CheckinAnswer.NO_ANSWER).state()).isEqualTo(CheckinState.NEEDS_HELP);
            assertThat(cases.ofElder(elder.elderId())).hasSize(1);
            assertThat(checkins.ofElder(elder.elderId(), TODAY)).hasSize(1);
        }

        @Test
        void aCallLeftBehindByAStoppedNodeCountsAsUnansweredAfterTheTimeout() {
            calling();
            clock.advance(Duration.ofMinutes(4));
            assertThat(checkins.releaseStale()).isZero();
            clock.advance(Duration.ofMinutes(2));
            assertThat(checkins.releaseStale()).isEqualTo(1);
            assertThat(checkins.ofElder(elder.elderId(), TODAY)).extracting(CheckinAttempt::getState)
                    .containsExactly(CheckinState.NO_ANSWER, CheckinState.PENDING);
        }

        @Test
        void theKeysMeanFineAndHelpAndNothingElse() {
            assertThat(CheckinAnswer.ofKey("1")).contains(CheckinAnswer.FINE);
            assertThat(CheckinAnswer.ofKey("2")).contains(CheckinAnswer.NEEDS_HELP);
            assertThat(CheckinAnswer.ofKey("3")).isEmpty();
            assertThat(CheckinAnswer.ofKey(null)).isEmpty();
        }
    }

    private CheckinId calling() {
        checkins.planDay(TODAY);
        clock.set(TODAY.atTime(9, 1));
        return checkins.claimDue("node-a", 10).get(0).id();
    }

    private Elder aloneAt(LocalTime time) {
        Elder e = street.elder(street.household(community, Registration.URBAN), "王秀英");
        return elders.update(e.elderId(), x -> x.setCheckinTime(time));
    }
}
