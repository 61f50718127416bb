package cn.yinling.hotline.cases.sms;

import cn.yinling.hotline.cases.CaseTexts;
import java.util.List;
import java.util.MissingResourceException;

/**
 * A message's words as the hotline writes them: {@code sms.<template>} of the case bundle, filled
 * with the parameters in order ({0}, {1}, …), after the signature in 【】. The provider's approved
 * template must say the same (docs/sms.md); the log provider and the console show this rendering.
 */
public final class TextMessageWording {

    private TextMessageWording() {
    }

    public static String render(String signName, String template, List<String> params) {
        String sign = signName == null || signName.isBlank() ? "" : "【" + signName + "】";
        try {
            return sign + CaseTexts.text("sms." + template, params.toArray());
        } catch (MissingResourceException e) {
            return sign + CaseTexts.text("sms.unknownTemplate", template, String.join("，", params));
        }
    }
}
