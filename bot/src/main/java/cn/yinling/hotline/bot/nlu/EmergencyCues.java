package cn.yinling.hotline.bot.nlu;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A safety net under the classifier: words that signal danger make a message an emergency even
 * when the model is unsure, unless they are plainly denied ("我没摔倒").
 */
final class EmergencyCues {

    private static final List<String> CUES = List.of("救命", "摔倒", "摔了一跤", "跌倒", "摔到", "起不来", "爬不起来",
            "胸口疼", "胸口痛", "心口疼", "喘不上气", "喘不过气", "呼吸困难", "晕倒", "昏倒", "昏过去", "不省人事",
            "着火", "失火", "冒烟", "煤气味", "燃气泄漏", "漏气", "嘴歪眼斜", "流了好多血", "大出血", "有人闯进",
            "快不行了", "快来人");
    private static final Pattern NEGATION = Pattern.compile("(没|没有|不是|并没|别担心|不用)[^，。,.!！?？]{0,2}$");

    private EmergencyCues() {
    }

    static boolean present(String text) {
        if (text == null) {
            return false;
        }
        for (String cue : CUES) {
            int at = text.indexOf(cue);
            while (at >= 0) {
                if (!NEGATION.matcher(text.substring(Math.max(0, at - 4), at)).find()) {
                    return true;
                }
                at = text.indexOf(cue, at + 1);
            }
        }
        return false;
    }
}
