package cn.yinling.hotline.cases.sms;

import cn.yinling.hotline.cases.CaseTexts;
import java.util.List;
import java.util.MissingResourceException;

/**
 * A message's words as the hotline writes them: the template of {@code messages/sms.properties}
 * filled in parameter order ({@link SmsWording#inOrder}), after the signature in 【】. The provider's
 * approved template must say the same (docs/sms.md); the log provider and the console show this
 * rendering.
 */
public final class TextMessageWording {

    private TextMessageWording() {
    }

    public static String render(String signName, String template, List<String> params) {
        String sign = signName == null || signName.isBlank() ? "" : "【" + signName + "】";
        try {
            return sign + SmsWording.inOrder(template, params);
        } catch (MissingResourceException e) {
            return sign + CaseTexts.text("sms.unknownTemplate", template, String.join("，", params));
        }
    }
}
