package cn.yinling.hotline.console;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The console's wording, from {@code messages/console.properties} (Simplified Chinese). Kept apart
 * from the application's {@code messageSource} so other modules' bundles and this one never collide;
 * the console's templates read the same bundle (see {@link ConsoleConfiguration}).
 */
@Component
public class ConsoleMessages {

    static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource bundle = bundle();

    /** Numbers are passed as plain digits (case 1234, not "1,234"). */
    public String get(String key, Object... args) {
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Number n ? n.toString() : args[i];
        }
        return bundle.getMessage(key, plain, key, LOCALE);
    }

    /** The wording for {@code key}, or {@code fallback} when the bundle has none (e.g. a new intent code). */
    public String getOr(String key, String fallback) {
        return bundle.getMessage(key, null, fallback, LOCALE);
    }

    static MessageSource bundle() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages/console");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(LOCALE);
        return source;
    }
}
