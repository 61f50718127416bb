package cn.yinling.hotline.bot.nlu.slots;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RatingExtractorTest {

    private final RatingExtractor extractor = new RatingExtractor();

    @Nested
    class Scores {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
                "五星, 5",
                "5星, 5",
                "给五颗星, 5",
                "打五分, 5",
                "5分, 5",
                "满分, 5",
                "一分, 1",
                "打两分吧一般, 2",
                "给个三分, 3",
                "還凑合，兩星吧, 2",
                "评分：4, 4",
                "★★★★, 4",
                "五星好评⭐⭐⭐⭐⭐, 5",
                "打一百分, 5",
                "送的饭还可以就是凉了点三分, 3",
                "不是三分是四分, 4",
                "这次还不错吧给个4, 4"
        })
        void areRead(String text, int rating) {
            assertThat(extractor.extract(text)).contains(rating);
        }

        @ParameterizedTest(name = "{0} → 4")
        @ValueSource(strings = {"四星半", "4.5分", "4.5星"})
        void halfMarksRoundDown(String text) {
            assertThat(extractor.extract(text)).contains(4);
        }
    }

    @Nested
    class NotScores {

        @ParameterizedTest
        @ValueSource(strings = {"十分满意", "非常满意", "给个好评", "等了二十分钟", "九点五分来", "差五分十点", "三分之一",
                "一分钱都没少", "打十分", "给4号床的", "打个3折", "星期五", "五星级酒店", "", "👍👍"})
        void giveNothing(String text) {
            assertThat(extractor.extract(text)).isEmpty();
        }
    }
}
