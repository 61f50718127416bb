package cn.yinling.hotline.bot.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class SpokenChineseTest {

    @Test
    void numbersAreReadAsAChineseSpeakerSaysThem() {
        assertThat(SpokenChinese.number(0)).isEqualTo("零");
        assertThat(SpokenChinese.number(10)).isEqualTo("十");
        assertThat(SpokenChinese.number(15)).isEqualTo("十五");
        assertThat(SpokenChinese.number(20)).isEqualTo("二十");
        assertThat(SpokenChinese.number(105)).isEqualTo("一百零五");
        assertThat(SpokenChinese.number(110)).isEqualTo("一百一十");
        assertThat(SpokenChinese.number(1920)).isEqualTo("一千九百二十");
        assertThat(SpokenChinese.number(2005)).isEqualTo("二千零五");
        assertThat(SpokenChinese.count(2)).isEqualTo("两");
    }

    @Test
    void datesAndTimesAreReadInWords() {
        assertThat(SpokenChinese.date(LocalDate.of(2026, 11, 25))).isEqualTo("十一月二十五日星期三");
        assertThat(SpokenChinese.time(LocalTime.of(9, 0))).isEqualTo("上午九点");
        assertThat(SpokenChinese.time(LocalTime.of(14, 30))).isEqualTo("下午两点半");
        assertThat(SpokenChinese.time(LocalTime.of(15, 15))).isEqualTo("下午三点十五分");
        assertThat(SpokenChinese.dateShort(LocalDate.of(2026, 11, 25))).isEqualTo("11月25日(周三)");
    }

    @Test
    void hoursAndMoneyAreReadInWords() {
        assertThat(SpokenChinese.minutes(750)).isEqualTo("十二小时三十分钟");
        assertThat(SpokenChinese.minutes(120)).isEqualTo("两小时");
        assertThat(SpokenChinese.minutes(45)).isEqualTo("四十五分钟");
        assertThat(SpokenChinese.money(12050)).isEqualTo("一百二十元五角");
        assertThat(SpokenChinese.money(3000)).isEqualTo("三十元");
        assertThat(SpokenChinese.moneyShort(12050)).isEqualTo("120.50元");
    }

    @Test
    void labelsWrittenForScreensAreReadInWords() {
        assertThat(SpokenChinese.read("3月3日(周二)")).isEqualTo("三月三日星期二");
        assertThat(SpokenChinese.read("11月25日(周三)14:30 助浴")).isEqualTo("十一月二十五日星期三下午两点半 助浴");
        assertThat(SpokenChinese.read("5分")).isEqualTo("五分");
        assertThat(SpokenChinese.read("预约服务")).isEqualTo("预约服务");
    }
}
