package cn.yinling.hotline.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BotPropertiesTest {

    @Test
    void aMessageMayBeNoLongerThanACaseKeepsOfAComplaint() {
        assertThat(properties(2000).maxTextLength()).isEqualTo(2000);
        assertThatThrownBy(() -> properties(2001)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hotline.bot.max-text-length");
        assertThatThrownBy(() -> properties(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static BotProperties properties(int maxTextLength) {
        return new BotProperties(Duration.ofMinutes(30), 0.5, maxTextLength, "classpath:faq/policy-faq.yml",
                Duration.ofSeconds(5), new BotProperties.Chat(30, Duration.ofMinutes(10), 30, Duration.ofMinutes(1)));
    }
}
