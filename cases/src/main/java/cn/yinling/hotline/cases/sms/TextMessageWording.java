package cn.yinling.hotline.cases.sms;

import cn.yinling.hotline.cases.CaseTexts;
import java.util.List;
import java.util.MissingResourceException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message's words as the hotline writes them: the template of {@code messages/sms.properties}
 * ({@link SmsWording}) with its {@code ${name}} placeholders filled by the parameters in the order
 * they appear (the order they are stored in, and the order numbered provider templates use), after
 * the signature in 【】. The provider's approved template must say the same (docs/sms.md); the log
 * provider and the console show this rendering.
 */
public final class TextMessageWording {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\w+)}");

    private TextMessageWording() {
    }

    public static String render(String signName, String template, List<String> params) {
        String sign = signName == null || signName.isBlank() ? "" : "【" + signName + "】";
        String pattern;
        try {
            pattern = SmsWording.pattern(template);
        } catch (MissingResourceException e) {
            return sign + CaseTexts.text("sms.unknownTemplate", template, String.join("，", params));
        }
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder(sign);
        int i = 0;
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(i < params.size() ? params.get(i++) : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
