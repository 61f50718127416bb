package cn.yinling.hotline.cases.sms;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The wording of the hotline's text messages ({@code messages/sms.properties}): a template key and
 * named parameters ({@code ${name}}, the placeholder syntax SMS providers' templates use). What a
 * message says, for people who read it back (the console) and for a gateway that sends whole texts.
 */
public final class SmsWording {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("messages.sms", Locale.ROOT);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\w+)}");
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private SmsWording() {
    }

    /** The bundle's pattern for {@code key}, as it stands (placeholders unfilled). */
    public static String pattern(String key) {
        return BUNDLE.getString(key);
    }

    /** The pattern for {@code key} with each {@code ${name}} replaced by its parameter; an unknown one is left as it is. */
    public static String text(String key, Map<String, String> params) {
        return fill(key, (name, position) -> params.get(name));
    }

    /**
     * The pattern for {@code key} with its placeholders filled by {@code params} in the order they appear
     * (the order the parameters are stored in, and numbered provider templates use); missing ones stay.
     */
    public static String inOrder(String key, List<String> params) {
        return fill(key, (name, position) -> position < params.size() ? params.get(position) : null);
    }

    private static String fill(String key, BiFunction<String, Integer, String> valueOf) {
        Matcher m = PLACEHOLDER.matcher(pattern(key));
        StringBuilder out = new StringBuilder();
        int position = 0;
        while (m.find()) {
            String value = valueOf.apply(m.group(1), position++);
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** What a queued message says; its template key when the bundle has no such template. */
    public static String text(TextMessage message) {
        try {
            return text(message.getTemplate(), JSON.readValue(message.getParams(), new TypeReference<Map<String, String>>() {
            }));
        } catch (MissingResourceException e) {
            return message.getTemplate();
        }
    }
}
