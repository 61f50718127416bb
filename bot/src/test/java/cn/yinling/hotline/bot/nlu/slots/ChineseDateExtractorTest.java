package cn.yinling.hotline.bot.nlu.slots;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.bot.nlu.DateSlot;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseDateExtractorTest {

    private final ChineseDateExtractor extractor = new ChineseDateExtractor();

    private DateSlot date(String text, Clock clock) {
        return extractor.extract(text, clock).orElseThrow(() -> new AssertionError("no date in " + text));
    }

    @Nested
    class RelativeDays {

        @ParameterizedTest(name = "{0} → {2}")
        @CsvSource({
                "我想约今天下午的助浴, 今天, 2025-06-11",
                "今儿个能来吗, 今儿个, 2025-06-11",
                "明天上午来洗澡, 明天, 2025-06-12",
                "明儿有空吗, 明儿, 2025-06-12",
                "咋约那个剃头的明儿个上午, 明儿个, 2025-06-12",
                "后天下午打扫, 后天, 2025-06-13",
                "那个剃头的改成后儿个, 后儿个, 2025-06-13",
                "帮我约个洗衣服的大后天上午, 大后天, 2025-06-14",
                "昨天的助浴根本没人来, 昨天, 2025-06-10",
                "我前天打电话约的, 前天, 2025-06-09",
                "后日嚟帮我阿妈冲凉, 后日, 2025-06-13",
                "听日得唔得闲嚟执屋, 听日, 2025-06-12",
                "明朝来帮伊汰浴好伐, 明朝, 2025-06-12",
                "大后儿个来剪头, 大后儿个, 2025-06-14",
                "过两天送饭过来, 过两天, 2025-06-13",
                "礼拜天能不能来擦身子, 礼拜天, 2025-06-15",
                "下礼拜三搞卫生, 下礼拜三, 2025-06-18"
        })
        void resolvesAgainstToday(String text, String phrase, LocalDate expected) {
            assertThat(date(text, Clocks.wednesday())).isEqualTo(new DateSlot(phrase, expected));
        }

        @Test
        void tomorrowOnNewYearsEveIsTheFirstOfJanuary() {
            assertThat(date("明天来", Clocks.on(2025, 12, 31))).isEqualTo(new DateSlot("明天", LocalDate.of(2026, 1, 1)));
            assertThat(date("后天来", Clocks.on(2025, 12, 31))).isEqualTo(new DateSlot("后天", LocalDate.of(2026, 1, 2)));
        }

        @Test
        void tomorrowOnTheTwentyEighthOfFebruaryInALeapYearIsTheLeapDay() {
            assertThat(date("明天来", Clocks.on(2024, 2, 28)).date()).isEqualTo(LocalDate.of(2024, 2, 29));
            assertThat(date("后天来", Clocks.on(2024, 2, 28)).date()).isEqualTo(LocalDate.of(2024, 3, 1));
        }

        @Test
        void todayIsTheDayInTheClocksZoneNotInUtc() {
            // 2025-06-10 17:30 UTC is already 01:30 on the 11th in Shanghai
            Clock clock = Clock.fixed(Instant.parse("2025-06-10T17:30:00Z"), Clocks.SHANGHAI);
            assertThat(date("明天", clock).date()).isEqualTo(LocalDate.of(2025, 6, 12));
        }

        @Test
        void keepsTraditionalCharactersInThePhrase() {
            assertThat(date("幫我媽預約打掃衛生，後天上午", Clocks.wednesday()))
                    .isEqualTo(new DateSlot("後天", LocalDate.of(2025, 6, 13)));
        }
    }

    @Nested
    class WeekdaysFromAWednesday {

        @ParameterizedTest(name = "{0} → {2}")
        @CsvSource({
                "周五来, 周五, 2025-06-13",
                "星期五来, 星期五, 2025-06-13",
                "礼拜五来, 礼拜五, 2025-06-13",
                "周三来, 周三, 2025-06-11",
                "周一来, 周一, 2025-06-16",
                "礼拜天来, 礼拜天, 2025-06-15",
                "星期日来, 星期日, 2025-06-15",
                "这周五来, 这周五, 2025-06-13",
                "这个星期五下午, 这个星期五, 2025-06-13",
                "本周五, 本周五, 2025-06-13",
                "这礼拜一, 这礼拜一, 2025-06-09",
                "下周三上午, 下周三, 2025-06-18",
                "下星期三, 下星期三, 2025-06-18",
                "下礼拜三, 下礼拜三, 2025-06-18",
                "下个礼拜一开始, 下个礼拜一, 2025-06-16",
                "下週三早上, 下週三, 2025-06-18",
                "禮拜六, 禮拜六, 2025-06-14",
                "下下周二, 下下周二, 2025-06-24",
                "上周六的理发没人来, 上周六, 2025-06-07",
                "改成每周二下午, 每周二, 2025-06-17",
                "周末有空吗, 周末, 2025-06-14",
                "下周末, 下周末, 2025-06-21"
        })
        void resolve(String text, String phrase, LocalDate expected) {
            assertThat(date(text, Clocks.wednesday())).isEqualTo(new DateSlot(phrase, expected));
        }
    }

    @Nested
    class WeekdaysFromASunday {

        @ParameterizedTest(name = "{0} → {2}")
        @CsvSource({
                "周日来, 周日, 2025-06-15",
                "周一来, 周一, 2025-06-16",
                "周六来, 周六, 2025-06-21",
                "下周一, 下周一, 2025-06-16",
                "下周日, 下周日, 2025-06-22",
                "这周六, 这周六, 2025-06-14",
                "周末, 周末, 2025-06-15",
                "下周, 下周, 2025-06-16",
                "这个礼拜, 这个礼拜, 2025-06-15"
        })
        void resolve(String text, String phrase, LocalDate expected) {
            assertThat(date(text, Clocks.sunday())).isEqualTo(new DateSlot(phrase, expected));
        }

        @Test
        void aBareWeekdayOnThatVeryDayIsToday() {
            assertThat(date("周五", Clocks.on(2025, 6, 13)).date()).isEqualTo(LocalDate.of(2025, 6, 13));
        }
    }

    @Nested
    class DaysOfTheMonth {

        @ParameterizedTest(name = "{0} on 2025-01-20 → {2}")
        @CsvSource({
                "15号, 15号, 2025-02-15",
                "十五号上午八点, 十五号, 2025-02-15",
                "25日, 25日, 2025-01-25",
                "廿五号, 廿五号, 2025-01-25",
                "二十号, 二十号, 2025-01-20",
                "三十一号, 三十一号, 2025-01-31",
                "下个月5号, 下个月5号, 2025-02-05",
                "３月５日, ３月５日, 2025-03-05",
                "三月五号上午九点, 三月五号, 2025-03-05",
                "3月5号, 3月5号, 2025-03-05"
        })
        void resolve(String text, String phrase, LocalDate expected) {
            assertThat(date(text, Clocks.on(2025, 1, 20))).isEqualTo(new DateSlot(phrase, expected));
        }

        @Test
        void aDayAlreadyPastThisMonthMeansNextMonthAcrossTheYearEnd() {
            assertThat(date("15号", Clocks.on(2025, 12, 20)).date()).isEqualTo(LocalDate.of(2026, 1, 15));
        }

        @Test
        void aDayTheNextMonthLacksSkipsToAMonthThatHasIt() {
            assertThat(date("30号", Clocks.on(2025, 1, 31)).date()).isEqualTo(LocalDate.of(2025, 3, 30));
            assertThat(date("29号", Clocks.on(2025, 2, 10)).date()).isEqualTo(LocalDate.of(2025, 3, 29));
            assertThat(date("29号", Clocks.on(2024, 2, 10)).date()).isEqualTo(LocalDate.of(2024, 2, 29));
        }

        @Test
        void aMonthAndDayAlreadyPastThisYearIsNextYear() {
            assertThat(date("3月5日", Clocks.on(2025, 12, 20)).date()).isEqualTo(LocalDate.of(2026, 3, 5));
            assertThat(date("12月25号", Clocks.on(2025, 12, 20)).date()).isEqualTo(LocalDate.of(2025, 12, 25));
        }

        @Test
        void theLeapDayIsTheNextLeapYearsOnce() {
            assertThat(date("2月29日", Clocks.on(2025, 3, 1)).date()).isEqualTo(LocalDate.of(2028, 2, 29));
            assertThat(date("2月29日", Clocks.on(2024, 2, 1)).date()).isEqualTo(LocalDate.of(2024, 2, 29));
        }

        @ParameterizedTest
        @ValueSource(strings = {"喂我是三号楼的老王", "坐5号线过来", "彩票开奖号码是多少", "我约的服务是几号", "4月31日"})
        void numbersThatAreNotDaysGiveNothing(String text) {
            assertThat(extractor.extract(text, Clocks.wednesday())).isEmpty();
        }
    }

    @Nested
    class MonthHints {

        @ParameterizedTest(name = "{0} on 2024-02-10 → {2}")
        @CsvSource({
                "月底前派个人来, 月底, 2024-02-29",
                "下个月初帮我约个体检, 下个月初, 2024-03-01",
                "下个月开始送餐, 下个月, 2024-03-01",
                "月初, 月初, 2024-03-01",
                "下个月底, 下个月底, 2024-03-31",
                "上个月约的没人来, 上个月, 2024-01-01",
                "下个月初三陪我去医院, 下个月初三, 2024-03-03",
                "下月初十来理发, 下月初十, 2024-03-10",
                "3月初五帮我约体检, 3月初五, 2024-03-05"
        })
        void resolve(String text, String phrase, LocalDate expected) {
            assertThat(date(text, Clocks.on(2024, 2, 10))).isEqualTo(new DateSlot(phrase, expected));
        }

        @Test
        void theFirstDaysOfAMonthAreNotReadWithoutAMonth() {
            // 初五 alone is a lunar date, which the hotline does not read
            assertThat(extractor.extract("初五来拜年", Clocks.wednesday())).isEmpty();
        }

        @Test
        void thisMonthAloneIsTooVagueToBeADate() {
            assertThat(extractor.extract("这个月的健康检查帮我约一下", Clocks.wednesday())).isEmpty();
        }
    }

    @Nested
    class ChoosingAmongSeveralDates {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
                "明天的助浴改到后天, 后天",
                "我爸周三的理发能改到周五吗, 周五",
                "可以把奶奶15号的助浴挪到16号吗, 16号",
                "不对不是明天是后天, 后天",
                "不是15号是16号, 16号",
                "别明天来了后天来, 后天",
                "礼拜三不行能不能换成礼拜六上午, 礼拜六",
                "我妈下周三不在家，服务换个时间吧，下周四, 下周四",
                "那个修空调的能今天来吗？别拖到明天了, 今天",
                "周三的保洁说好下午两点，结果三点多才到, 周三",
                "明天上午改下午, 明天"
        })
        void picksTheTargetDate(String text, String phrase) {
            assertThat(date(text, Clocks.wednesday()).phrase()).isEqualTo(phrase);
        }

        @Test
        void alternativesAreNoAnswer() {
            assertThat(extractor.extract("我约的那个洗被子是明天还是后天啊", Clocks.wednesday())).isEmpty();
        }

        @Test
        void aDeniedDateAloneIsNoDate() {
            assertThat(extractor.extract("不是明天", Clocks.wednesday())).isEmpty();
        }

        @Test
        void aRejectedDateIsStillTheAnswerWhenItIsTheOnlyOne() {
            assertThat(date("我就是明天不在家那个服务取消吧", Clocks.wednesday()).phrase()).isEqualTo("明天");
        }
    }

    @Nested
    class NotDates {

        @ParameterizedTest
        @ValueSource(strings = {"每周来两次", "能不能派个志愿者每个礼拜来陪我聊聊天", "往后推一个礼拜", "每周一次就行",
                "一周三次", "你好", "然后天气不错", "能不能提前一天来", "我记不清了我约的是星期几"})
        void giveNothing(String text) {
            assertThat(extractor.extract(text, Clocks.wednesday())).isEmpty();
        }

        @Test
        void theDownOfYiXiaIsNotNextWeek() {
            assertThat(date("帮我安排一下周三上午", Clocks.wednesday()))
                    .isEqualTo(new DateSlot("周三", LocalDate.of(2025, 6, 11)));
            assertThat(date("帮我预约一下下周", Clocks.wednesday()))
                    .isEqualTo(new DateSlot("下周", LocalDate.of(2025, 6, 16)));
        }
    }
}
