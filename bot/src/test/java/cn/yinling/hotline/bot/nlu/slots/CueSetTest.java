package cn.yinling.hotline.bot.nlu.slots;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CueSetTest {

    /** Shapes the slot rules use: look-behinds and look-aheads, optional parts, classes, anchors, quoted words. */
    private static final List<String> REGEXES = List.of(
            "(?<!还)(没人来|没来人)|根本(就)?没(人)?(来|去|到)|又没来",
            "(?<![还也用要别])没(有)?来(?!得及|电话)|(?<![用要别])不来了",
            "(?<!半)(一|两|[0-9]{1,2})天[^，。]{0,3}没人接|摔倒",
            "阿姨|(?<![不起回出])来$|几点",
            "^(不对|不是|对)|好",
            "a?b|c*d|e{0,2}f|[^x]y|.z|\\d号",
            "\\Q洗\\E(?:\\Q洗\\E|了?(?:一个|个)|的)?\\Q澡\\E|\\Q主\\E",
            "(电视机?|空调)(又|也)?(坏了|不亮)|修[修一下]{0,2}(电视机?|空调)",
            "(?:(下个|下)|([0-9]{1,2}))?月(初|底)|[0-9一二]{1,3}(?:颗|个)?星(?![期级])");

    private static final String ALPHABET = "还没人来去到根本就又有也用要别不了得及电话半一两0123天，。接摔倒阿姨起回出几点对是好abcdefxyz号洗澡主个的视机空调坏亮修下月初底颗星期级";

    @Test
    void answersExactlyAsPatternFindOnRandomTexts() {
        Random random = new Random(20260302);
        for (String regex : REGEXES) {
            Pattern pattern = Pattern.compile(regex);
            CueSet cues = CueSet.compile(regex);
            for (int n = 0; n < 20_000; n++) {
                String text = randomText(random, random.nextInt(12));
                assertThat(cues.foundIn(text)).as("%s in \"%s\"", regex, text).isEqualTo(pattern.matcher(text).find());
            }
        }
    }

    @Test
    void knowsTheFirstCharactersOfPlainShapesOnly() {
        assertThat(CueSet.firstCharsOfRegex("(?<!还)(没人来|来人)|根本")).containsExactlyInAnyOrder('根', '来', '没');
        assertThat(CueSet.firstCharsOfRegex("[0-2一]{1,2}天")).containsExactlyInAnyOrder('0', '1', '2', '一');
        assertThat(CueSet.firstCharsOfRegex("\\Q洗\\E(?:了)?\\Q澡\\E")).containsExactlyInAnyOrder('洗');
        assertThat(CueSet.firstCharsOfRegex("(我|忙)?帮")).isNull();
        assertThat(CueSet.firstCharsOfRegex("[^x]y")).isNull();
        assertThat(CueSet.firstCharsOfRegex("a|\\d")).isNull();
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
