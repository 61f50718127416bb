package cn.yinling.hotline.bot.nlu.slots;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.bot.nlu.TimeSlot;
import java.time.LocalTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseTimeExtractorTest {

    private final ChineseTimeExtractor extractor = new ChineseTimeExtractor();

    private TimeSlot time(String text) {
        return extractor.extract(text, Clocks.wednesday()).orElseThrow(() -> new AssertionError("no time in " + text));
    }

    @Nested
    class PartsOfTheDay {

        @ParameterizedTest(name = "{0} → {1} {2}–{3}")
        @CsvSource({
                "明天上午来, 上午, 08:00, 12:00",
                "每天中午送过来, 中午, 11:00, 13:00",
                "后天下午, 下午, 13:00, 18:00",
                "能不能挪到晚上, 晚上, 18:00, 21:00",
                "让他早上来吧, 早上, 07:00, 10:00",
                "早晨凉快, 早晨, 07:00, 10:00",
                "傍晚来, 傍晚, 17:00, 19:00"
        })
        void areRanges(String text, String phrase, LocalTime from, LocalTime to) {
            assertThat(time(text)).isEqualTo(new TimeSlot(phrase, from, to));
        }

        @ParameterizedTest
        @ValueSource(strings = {"下午好", "早上好☀️", "晚上好呀", "俺等了一上午那个修空调的", "中午好"})
        void greetingsAndDurationsAreNoTime(String text) {
            assertThat(extractor.extract(text, Clocks.wednesday())).isEmpty();
        }

        @Test
        void aPartOfTheDayAfterAWeekdayNumberIsStillATime() {
            assertThat(time("下周一早上").phrase()).isEqualTo("早上");
            assertThat(time("咋约那个剃头的明儿个上午").phrase()).isEqualTo("上午");
        }

        @Test
        void aWholeMorningIsADuration() {
            assertThat(extractor.extract("我等了一个上午都没等到人", Clocks.wednesday())).isEmpty();
        }
    }

    @Nested
    class ClockTimesInChineseNumerals {

        @ParameterizedTest(name = "{0} → {1} {2}")
        @CsvSource({
                "明天下午三点的助浴, 下午三点, 15:00",
                "上午十点, 上午十点, 10:00",
                "晚上七点, 晚上七点, 19:00",
                "上午九点半, 上午九点半, 09:30",
                "下午两点钟来搞卫生, 下午两点钟, 14:00",
                "中午十一点, 中午十一点, 11:00",
                "中午一点, 中午一点, 13:00",
                "早上八點, 早上八點, 08:00",
                "三点一刻, 三点一刻, 15:15",
                "九点三刻, 九点三刻, 09:45",
                "十点十五分, 十点十五分, 10:15",
                "差五分十点, 差五分十点, 09:55",
                "十二点, 十二点, 12:00",
                "晚上十点, 晚上十点, 22:00"
        })
        void arePoints(String text, String phrase, LocalTime at) {
            assertThat(time(text)).isEqualTo(new TimeSlot(phrase, at, at));
        }
    }

    @Nested
    class ClockTimesInArabicNumerals {

        @ParameterizedTest(name = "{0} → {1} {2}")
        @CsvSource({
                "10点, 10点, 10:00",
                "上午10点, 上午10点, 10:00",
                "10点半之前, 10点半, 10:30",
                "中午12点, 中午12点, 12:00",
                "10:30来, 10:30, 10:30",
                "下午2:30, 下午2:30, 14:30",
                "１０：３０, １０：３０, 10:30",
                "9点钟, 9点钟, 09:00"
        })
        void arePoints(String text, String phrase, LocalTime at) {
            assertThat(time(text)).isEqualTo(new TimeSlot(phrase, at, at));
        }
    }

    @Nested
    class BareHoursAssumeWorkingHours {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
                "三点来, 15:00",
                "两点钟就去, 14:00",
                "一点钟, 13:00",
                "六点, 18:00",
                "七点就來, 07:00",
                "九点就来, 09:00",
                "十一点, 11:00"
        })
        void oneToSixIsAfternoonSevenToElevenIsMorning(String text, LocalTime at) {
            assertThat(time(text).start()).isEqualTo(at);
        }
    }

    @Nested
    class Ranges {

        @Test
        void twoClockTimesJoinedByDaoAreOneRange() {
            assertThat(time("下午两点到四点")).isEqualTo(new TimeSlot("下午两点到四点", LocalTime.of(14, 0), LocalTime.of(16, 0)));
            assertThat(time("9点到11点")).isEqualTo(new TimeSlot("9点到11点", LocalTime.of(9, 0), LocalTime.of(11, 0)));
        }
    }

    @Nested
    class ChoosingAmongSeveralTimes {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
                "约好九点来的现在都十点了人还没到, 九点",
                "约的上午9点，现在10点半了还没人来, 上午9点",
                "三点钟的那个洗澡都快四点了还没来, 三点钟",
                "帮我爸调一下时间，下午两点改成下午四点, 下午四点",
                "做饭的阿姨能不能早点来十一点太晚了十点来, 十点",
                "不是上午是下午三点, 下午三点",
                "明天上午改下午, 下午"
        })
        void picksTheTargetTime(String text, String phrase) {
            assertThat(time(text).phrase()).isEqualTo(phrase);
        }

        @Test
        void alternativesAreNoAnswer() {
            assertThat(extractor.extract("我约的那个主浴是上午还是下午啊", Clocks.wednesday())).isEmpty();
        }
    }

    @Nested
    class NotTimes {

        @ParameterizedTest
        @ValueSource(strings = {"打扫得一点都不干净", "能不能早一点来", "等了二十分钟", "推迟两个钟头就行", "十分满意",
                "送餐天天迟到，老人饿着肚子等到一点多", "我婆婆早上到现在一直没接电话", "点心很好吃", "还剩几个小时"})
        void giveNothing(String text) {
            assertThat(extractor.extract(text, Clocks.wednesday())).isEmpty();
        }
    }
}
