package cn.yinling.hotline.bot.nlu.slots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import cn.yinling.hotline.bot.nlu.DateSlot;
import cn.yinling.hotline.bot.nlu.Slots;
import cn.yinling.hotline.bot.nlu.TimeSlot;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RuleSlotExtractorTest {

    private static final RuleSlotExtractor EXTRACTOR = new RuleSlotExtractor();

    private static Slots slots(String text) {
        return EXTRACTOR.extract(text, Clocks.wednesday());
    }

    @Nested
    class WholeUtterances {

        @Test
        void dateWordAndPartOfDayBecomeTwoSlots() {
            assertThat(slots("我想预越明天上午的主浴")).isEqualTo(new Slots("bathing",
                    new DateSlot("明天", LocalDate.of(2025, 6, 12)),
                    new TimeSlot("上午", LocalTime.of(8, 0), LocalTime.of(12, 0)), null, null));
        }

        @Test
        void aFullBookingInTraditionalCharacters() {
            assertThat(slots("請把外婆的陪診改到下週三早上八點")).isEqualTo(new Slots("escort_medical",
                    new DateSlot("下週三", LocalDate.of(2025, 6, 18)),
                    new TimeSlot("早上八點", LocalTime.of(8, 0), LocalTime.of(8, 0)), null, null));
        }

        @Test
        void aComplaintKeepsItsPastDate() {
            assertThat(slots("昨天的助浴根本没人来")).isEqualTo(new Slots("bathing",
                    new DateSlot("昨天", LocalDate.of(2025, 6, 10)), null, "no_show", null));
        }

        @Test
        void aComplaintKeepsTheBookedTime() {
            Slots s = slots("周三的保洁说好下午两点，结果三点多才到");
            assertThat(s.time().phrase()).isEqualTo("下午两点");
            assertThat(s.complaintType()).isEqualTo("late");
            assertThat(s.service()).isEqualTo("cleaning");
        }

        @Test
        void aRatingWithAMildRemarkIsNoComplaint() {
            assertThat(slots("4星，人挺好就是来得有点晚")).isEqualTo(new Slots(null, null, null, null, 4));
        }

        @Test
        void theServiceMovedIsTheOneBeforeTheMoveWord() {
            assertThat(slots("我妈那天要体检，护理能不能调到第二天").service()).isEqualTo("rehab_nursing");
        }

        @Test
        void veryNotAScore() {
            assertThat(slots("十分满意")).isEqualTo(Slots.NONE);
        }
    }

    @Nested
    class DatesThatAreNoServiceDate {

        @Test
        void theDayOfBookingIsNotTheServiceDate() {
            Slots s = slots("我昨天约的那个陪诊是哪天");
            assertThat(s.date()).isNull();
            assertThat(s.service()).isEqualTo("escort_medical");
        }

        @Test
        void theHourOfBookingIsNotTheServiceTime() {
            assertThat(slots("我上午打电话约的事有没有记上").time()).isNull();
        }

        @Test
        void aMonthInABalanceQuestionIsNoDate() {
            assertThat(slots("这个月没用完的小时下个月还能用吗").date()).isNull();
        }

        @Test
        void aPastDayOutsideAComplaintIsNoDate() {
            assertThat(slots("外公从昨天起就联系不上了").date()).isNull();
        }
    }

    @Nested
    class DatesAndTimesOutsideAnAppointment {

        @ParameterizedTest
        @ValueSource(strings = {"我今天早上摔倒了起不来", "晚上睡不着觉", "明天天气怎么样", "我明天再打给你们", "我孙子说明天要来看我",
                "今晚足球比赛几点开始", "你们这热线晚上根本没人管", "今天还剩多少个小时"})
        void carryNoDateOrTime(String text) {
            Slots s = slots(text);
            assertThat(s.date()).isNull();
            assertThat(s.time()).isNull();
        }

        @Test
        void shortCorrectionsKeepTheirDateAndTime() {
            Slots s = slots("说错了不是明天是今天下午");
            assertThat(s.date()).isEqualTo(new DateSlot("今天", LocalDate.of(2025, 6, 11)));
            assertThat(s.time()).isEqualTo(new TimeSlot("下午", LocalTime.of(13, 0), LocalTime.of(18, 0)));
            assertThat(slots("对，上午十点").time().phrase()).isEqualTo("上午十点");
        }

        @Test
        void aShortAnswerThatIsJustADateAndTimeKeepsBoth() {
            Slots s = slots("二十五号下午两点");
            assertThat(s.date()).isEqualTo(new DateSlot("二十五号", LocalDate.of(2025, 6, 25)));
            assertThat(s.time()).isEqualTo(new TimeSlot("下午两点", LocalTime.of(14, 0), LocalTime.of(14, 0)));
        }

        @Test
        void askingWhetherSomeoneComesKeepsTheDate() {
            assertThat(slots("我没有投诉就想问问那个阿姨今天来不来").date().phrase()).isEqualTo("今天");
            assertThat(slots("后天别来了我闺女回来了").date().phrase()).isEqualTo("后天");
        }
    }

    @Nested
    class OddInput {

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "😀😀😀", "👍", "？？？", "\n\t"})
        void givesNoSlots(String text) {
            assertThat(slots(text)).isEqualTo(Slots.NONE);
        }

        @Test
        void nullGivesNoSlots() {
            assertThat(slots(null)).isEqualTo(Slots.NONE);
        }

        @Test
        void veryLongInputIsHandledQuickly() {
            String text = "我想约明天下午三点的助浴😀".repeat(5_000) + "一点都不干净" + "十".repeat(10_000);
            long started = System.nanoTime();
            Slots s = slots(text);
            assertThat(System.nanoTime() - started).isLessThan(10_000_000_000L);
            assertThat(s.service()).isEqualTo("bathing");
            assertThat(s.date().phrase()).isEqualTo("明天");
            assertThat(s.time().phrase()).isEqualTo("下午三点");
        }

        @Test
        void oddCharactersDoNotThrow() {
            assertThatCode(() -> slots("号号号点点点月月日日星星分分\uD83D周周礼拜:::９９：９９")).doesNotThrowAnyException();
        }
    }

    @Nested
    class Concurrency {

        @Test
        void oneInstanceServesManyThreads() throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<Slots>> results = IntStream.range(0, 200)
                        .mapToObj(i -> pool.submit(() -> slots("帮我约下礼拜天下午两点钟来搞卫生")))
                        .toList();
                for (Future<Slots> f : results) {
                    assertThat(f.get()).isEqualTo(new Slots("cleaning",
                            new DateSlot("下礼拜天", LocalDate.of(2025, 6, 22)),
                            new TimeSlot("下午两点钟", LocalTime.of(14, 0), LocalTime.of(14, 0)), null, null));
                }
            } finally {
                pool.shutdown();
            }
        }
    }
}
