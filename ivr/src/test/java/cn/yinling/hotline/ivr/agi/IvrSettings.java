package cn.yinling.hotline.ivr.agi;

import cn.yinling.hotline.ivr.IvrProperties;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** {@code hotline.ivr.*} as the application binds it: the defaults, a free port, and the given settings over them. */
final class IvrSettings {

    private IvrSettings() {
    }

    /** @param settings names under {@code hotline.ivr.} and values, alternating ({@code "pool-size", "1"}) */
    static IvrProperties with(String... settings) {
        Map<String, String> map = new HashMap<>(Map.of("hotline.ivr.port", "0", "hotline.ivr.recording.directory",
                "/tmp/messages"));
        for (int i = 0; i < settings.length; i += 2) {
            map.put("hotline.ivr." + settings[i], settings[i + 1]);
        }
        return new Binder(new MapConfigurationPropertySource(map)).bindOrCreate("hotline.ivr",
                Bindable.of(IvrProperties.class));
    }
}
