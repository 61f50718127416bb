package cn.yinling.hotline.bot.nlu.slots;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.bot.nlu.Slots;
import org.junit.jupiter.api.Test;

class SpacedCharactersTest {

    @Test
    void singleCharactersTypedWithSpacesAreJoined() {
        assertThat(SpacedCharacters.join("我 要 预 约")).isEqualTo("我要预约");
        assertThat(SpacedCharacters.join("预约 明 天")).isEqualTo("预约 明天");
    }

    @Test
    void spacesBetweenWordsDigitsAndLettersStay() {
        assertThat(SpacedCharacters.join("不是投诉 就是问问")).isEqualTo("不是投诉 就是问问");
        assertThat(SpacedCharacters.join("选 2")).isEqualTo("选 2");
        assertThat(SpacedCharacters.join("o k")).isEqualTo("o k");
    }

    @Test
    void slotsOfSpacedTextKeepThePhraseAsTyped() {
        Slots s = new RuleSlotExtractor().extract("我 要 预 约 明 天 上 午 助 浴", Clocks.wednesday());
        assertThat(s.service()).isEqualTo("bathing");
        assertThat(s.date().phrase()).isEqualTo("明 天");
        assertThat(s.date().date()).isEqualTo(java.time.LocalDate.of(2025, 6, 12));
        assertThat(s.time().phrase()).isEqualTo("上 午");
    }
}
