package cn.yinling.hotline.cases.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yinling.hotline.cases.CasesSpringTest;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.WorkerReassignments;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.ComplaintOutcome;
import cn.yinling.hotline.cases.dispatch.WorkOrders;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.provider.ProviderRepository;
import cn.yinling.hotline.cases.provider.Worker;
import cn.yinling.hotline.cases.support.AssessmentWorld;
import cn.yinling.hotline.cases.support.Race;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class AssessmentTest extends CasesSpringTest {

    @Autowired
    AssessmentFigures figures;
    @Autowired
    Listings listings;
    @Autowired
    MonthlyListing monthly;
    @Autowired
    WorkerStanding standing;
    @Autowired
    WorkerReassignments reassignments;
    @Autowired
    ProviderRepository providers;
    @Autowired
    WorkOrders workOrders;
    @Autowired
    Cases cases;
    @Autowired
    JdbcTemplate jdbc;

    AssessmentWorld world;

    @BeforeEach
    void world() {
        world = new AssessmentWorld(clock, bookings, workOrders, cases, jdbc);
    }

    @Nested
    class MonthlyFigures {

        @Test
        void countsVisitsOnTimeWithinTheGraceRatingsAndUpheldComplaints() {
            Worker w = street.worker(community, 1);
            Elder e = street.elderWithPolicy(community, "ANQING_FREE");
            LocalDateTime day = LocalDateTime.of(2026, 6, 1, 10, 0);
            world.visit(e, day, 15, 5);                 // at the grace: on time
            Booking late = world.visit(e, day.plusDays(1), 16, 3); // a minute past it
            world.visit(e, day.plusDays(2), null, 4);   // no check-in: not proven on time
            world.visit(e, day.plusDays(3), -5, null);  // early, not rated
            world.complaint(late, ComplaintOutcome.UPHELD, day.plusDays(5));
            world.complaint(late, ComplaintOutcome.NOT_UPHELD, day.plusDays(6));
            world.visit(e, LocalDateTime.of(2026, 7, 1, 10, 0), 0, 1); // next month

            MonthFigures june = figures.month(YearMonth.of(2026, 6));
            Figures f = june.worker(w.getId()).orElseThrow().figures();
            assertThat(f).isEqualTo(new Figures(4, 3, 2, 3, 12, 2, 1));
            assertThat(f.onTimePercent()).hasToString("50.0");
            assertThat(f.satisfactionPercent()).hasToString("66.7");
            assertThat(f.averageRating()).hasToString("4.00");
            assertThat(june.provider(w.getProviderId()).orElseThrow().figures()).isEqualTo(f);
            assertThat(june.graceMinutes()).isEqualTo(15);
        }

        @Test
        void aFollowUpRatingCountsOverTheOneKeyedAtTheDoor() {
            Worker w = street.worker(community, 1);
            Elder e = street.elderWithPolicy(community, "ANQING_FREE");
            Booking b = world.visit(e, LocalDateTime.of(2026, 6, 10, 10, 0), 0, null);
            jdbc.update("update visit set elder_rating = 2 where booking_id = ?", b.getId());
            assertThat(figures.month(YearMonth.of(2026, 6)).worker(w.getId()).orElseThrow().figures().ratingSum()).isEqualTo(2);
            bookings.rate(b.getId(), 5);
            assertThat(figures.month(YearMonth.of(2026, 6)).worker(w.getId()).orElseThrow().figures().ratingSum()).isEqualTo(5);
        }
    }

    @Nested
    class Proposals {

        @Test
        void lowSatisfactionProposesTheWorkerAndTheProviderOnceWithTheFiguresThatTriggeredIt() {
            Worker w = street.worker(community, 1);
            Elder e = street.elderWithPolicy(community, "ANQING_FREE");
            int[] ratings = {2, 3, 5, 5, 5};
            for (int i = 0; i < ratings.length; i++) {
                world.visit(e, LocalDateTime.of(2026, 8, 3 + i, 10, 0), 0, ratings[i]);
            }
            YearMonth august = YearMonth.of(2026, 8);

            listings.propose(august, "supervisor1");

            List<Listing> mine = listings.of(SubjectKind.WORKER, w.getId());
            assertThat(mine).singleElement().satisfies(l -> {
                assertThat(l.getListKind()).isEqualTo(ListKind.BLACK);
                assertThat(l.getState()).isEqualTo(ListingState.PROPOSED);
                assertThat(l.getRuleKeys()).isEqualTo("low-satisfaction");
                assertThat(l.figures().rated()).isEqualTo(5);
                assertThat(l.figures().satisfied()).isEqualTo(3);
                assertThat(l.getReason()).contains("满意率60.0%（3/5）低于80%");
            });
            assertThat(listings.of(SubjectKind.PROVIDER, w.getProviderId())).hasSize(1);

            listings.propose(august, "supervisor1");
            assertThat(monthly.run(august)).isZero();
            assertThat(listings.of(SubjectKind.WORKER, w.getId())).hasSize(1);
        }

        @Test
        void twoUpheldComplaintsInThreeMonthsProposeBlackOneUpheldAndOneNotDoesNot() {
            Worker twice = street.worker(community, 1);
            Elder e = street.elderWithPolicy(community, "ANQING_FREE");
            Booking first = world.visit(e, LocalDateTime.of(2026, 9, 7, 10, 0), 0, 5);
            world.complaint(first, ComplaintOutcome.PARTLY_UPHELD, LocalDateTime.of(2026, 9, 20, 10, 0));
            world.complaint(first, ComplaintOutcome.UPHELD, LocalDateTime.of(2026, 11, 2, 10, 0));

            String other = street.newCommunity();
            Worker once = street.worker(other, 1);
            Elder e2 = street.elderWithPolicy(other, "ANQING_FREE");
            Booking b = world.visit(e2, LocalDateTime.of(2026, 9, 7, 10, 0), 0, 5);
            world.complaint(b, ComplaintOutcome.UPHELD, LocalDateTime.of(2026, 9, 20, 10, 0));
            world.complaint(b, ComplaintOutcome.NOT_UPHELD, LocalDateTime.of(2026, 11, 2, 10, 0));

            listings.propose(YearMonth.of(2026, 11), "supervisor1");

            assertThat(listings.of(SubjectKind.WORKER, twice.getId())).singleElement().satisfies(l -> {
                assertThat(l.getListKind()).isEqualTo(ListKind.BLACK);
                assertThat(l.getWindowStart()).isEqualTo(YearMonth.of(2026, 9));
                assertThat(l.figures().upheld()).isEqualTo(2);
            });
            assertThat(listings.of(SubjectKind.WORKER, once.getId())).isEmpty();
        }
    }

    @Nested
    class Review {

        Worker first;
        Worker second;
        Elder elder;

        @BeforeEach
        void twoWorkersServeTheCommunity() {
            first = street.worker(community, 1);
            second = street.worker(community, 1);
            elder = street.elderWithPolicy(community, "ANQING_FREE");
        }

        @Test
        void anApprovedBlackListingStopsNewWorkUntilLiftedAndTheOtherWorkerIsChosen() {
            LocalDateTime tomorrow = CASES_START.plusDays(1).withHour(10);
            Booking before = book(elder, "cleaning", tomorrow, 60);
            assertThat(before.getWorkerId()).isEqualTo(first.getId());
            long id = proposed(SubjectKind.WORKER, first.getId());

            assertThatThrownBy(() -> listings.approve(id, "  ", "supervisor1"))
                    .isInstanceOfSatisfying(ListingRefusedException.class,
                            x -> assertThat(x.reason()).isEqualTo(ListingRefusedException.Reason.NO_REASON));
            assertThat(standing.mayTakeNewWork(first.getId(), tomorrow.toLocalDate())).isTrue();
            Listing approved = listings.approve(id, "核实属实", "supervisor1");
            assertThat(approved.getDecidedBy()).isEqualTo("supervisor1");
            assertThat(standing.mayTakeNewWork(first.getId(), tomorrow.toLocalDate())).isFalse();
            assertThat(standing.mayTakeNewWork(second.getId(), tomorrow.toLocalDate())).isTrue();

            Booking after = book(elder, "cleaning", tomorrow.plusDays(1), 60);
            assertThat(after.getWorkerId()).isEqualTo(second.getId());
            assertThat(reassignments.alternatives(after.getId())).extracting(Worker::getId).doesNotContain(first.getId());
            assertThat(reassignments.futureVisits(first.getId())).singleElement()
                    .satisfies(v -> assertThat(v.stranded()).isTrue());
            assertThat(jdbc.queryForObject("select count(*) from audit_log where detail like ?", Long.class,
                    "批准榜单 #" + id + "：%核实属实")).isEqualTo(1);

            assertThatThrownBy(() -> listings.approve(id, "再批一次", "supervisor1"))
                    .isInstanceOf(ListingRefusedException.class);
            listings.lift(id, "已培训整改", "supervisor2");
            assertThat(standing.mayTakeNewWork(first.getId(), tomorrow.toLocalDate())).isTrue();
            assertThat(book(elder, "cleaning", tomorrow.plusDays(2), 60).getWorkerId()).isEqualTo(first.getId());
        }

        @Test
        void aRejectedProposalChangesNothing() {
            long id = proposed(SubjectKind.WORKER, first.getId());
            Listing rejected = listings.reject(id, "投诉系误会", "supervisor1");
            assertThat(rejected.getState()).isEqualTo(ListingState.REJECTED);
            assertThat(rejected.getDecisionReason()).isEqualTo("投诉系误会");
            assertThat(standing.mayTakeNewWork(first.getId(), CASES_START.toLocalDate())).isTrue();
            assertThatThrownBy(() -> listings.lift(id, "解除", "supervisor1")).isInstanceOf(ListingRefusedException.class);
        }

        @Test
        void aBlackListedProviderBarsAllItsWorkersAndIsMarkedOnItsRecord() {
            long id = proposed(SubjectKind.PROVIDER, first.getProviderId());
            listings.approve(id, "整改不到位", "supervisor1");
            assertThat(standing.mayTakeNewWork(first.getId(), CASES_START.toLocalDate())).isFalse();
            assertThat(standing.barredOn(CASES_START.toLocalDate()).providers()).contains(first.getProviderId());
            assertThat(providers.findById(first.getProviderId()).orElseThrow().isBlacklisted()).isTrue();
            assertThat(book(elder, "cleaning", CASES_START.plusDays(1).withHour(10), 60).getWorkerId())
                    .isEqualTo(second.getId());

            listings.lift(id, "已整改", "supervisor1");
            assertThat(providers.findById(first.getProviderId()).orElseThrow().isBlacklisted()).isFalse();
            assertThat(standing.mayTakeNewWork(first.getId(), CASES_START.toLocalDate())).isTrue();
        }

        @Test
        void aRedListingHasNoEffectOnWork() {
            long id = proposed(SubjectKind.WORKER, first.getId(), ListKind.RED);
            listings.approve(id, "表现优秀", "supervisor1");
            assertThat(standing.mayTakeNewWork(first.getId(), CASES_START.toLocalDate())).isTrue();
            assertThatThrownBy(() -> listings.lift(id, "x", "supervisor1")).isInstanceOf(ListingRefusedException.class);
        }

        @Test
        void anUnknownWorkerMayTakeNothing() {
            assertThat(standing.mayTakeNewWork(-1, LocalDate.of(2026, 3, 3))).isFalse();
        }

        private long proposed(SubjectKind kind, long subject) {
            return proposed(kind, subject, ListKind.BLACK);
        }

        /** A proposal as the monthly run writes it, straight into the table. */
        private long proposed(SubjectKind kind, long subject, ListKind list) {
            jdbc.update("""
                    insert into standing_listing (subject_kind, subject_id, list_kind, assessed_month, window_start, rule_keys,
                      reason, visits, checked_in, on_time, rated, rating_sum, satisfied, upheld, state, proposed_at,
                      proposed_by, version)
                    values (?, ?, ?, ?, ?, 'test', '测试', 5, 5, 5, 5, 12, 2, 0, 'PROPOSED', ?, 'test', 0)""",
                    kind.name(), subject, list.name(), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1),
                    clock.instant().atOffset(ZoneOffset.UTC));
            return jdbc.queryForObject("select max(id) from standing_listing where subject_id = ? and subject_kind = ?",
                    Long.class, subject, kind.name());
        }
    }

    @Test
    void theMonthlyRunAssessesLastMonthOnce() {
        clock.set(LocalDateTime.of(2027, 2, 1, 1, 30));
        monthly.monthly();
        assertThat(listings.ranFor(YearMonth.of(2027, 1))).isTrue();
        assertThat(monthly.run(YearMonth.of(2027, 1))).isZero();
        assertThat(listings.ranFor(YearMonth.of(2027, 2))).isFalse();
    }

    @Test
    void nodesRunningTheSameMonthAtOnceProposeItOnce() throws Exception {
        Worker w = street.worker(community, 1);
        Elder e = street.elderWithPolicy(community, "ANQING_FREE");
        int[] ratings = {1, 1, 2, 5, 5};
        for (int i = 0; i < ratings.length; i++) {
            world.visit(e, LocalDateTime.of(2027, 4, 5 + i, 10, 0), 0, ratings[i]);
        }
        YearMonth april = YearMonth.of(2027, 4);
        AtomicInteger proposed = new AtomicInteger();

        Race.race(4, i -> proposed.addAndGet(monthly.run(april)));

        assertThat(listings.of(SubjectKind.WORKER, w.getId())).hasSize(1);
        assertThat(listings.ranFor(april)).isTrue();
        assertThat(jdbc.queryForObject("select proposed from assessment_run where assessed_month = ?", Integer.class,
                april.atDay(1))).isEqualTo(proposed.get());
    }

    private static final LocalDateTime CASES_START = cn.yinling.hotline.cases.CasesTestApplication.START;
}
