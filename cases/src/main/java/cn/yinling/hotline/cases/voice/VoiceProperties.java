package cn.yinling.hotline.cases.voice;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The prompt sets a centre has recorded besides the standard Mandarin one ({@code hotline.voice.*}).
 *
 * @param promptSets set id → its name on the console (e.g. {@code sichuan: 四川话}). A set's sound files
 *                   live in {@code <hotline.ivr.sound-directory>-<id>} (and {@code …-<id>-slow}); a piece
 *                   the set lacks is played from the standard set. Ids are lower-case letters and digits,
 *                   as they become directory names.
 */
@ConfigurationProperties("hotline.voice")
public record VoiceProperties(@DefaultValue Map<String, String> promptSets) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]{1,30}");

    public VoiceProperties {
        promptSets = promptSets == null ? Map.of() : new LinkedHashMap<>(promptSets);
        promptSets.forEach((id, name) -> {
            if (!ID.matcher(id).matches()) {
                throw new IllegalArgumentException("hotline.voice.prompt-sets: id " + id
                        + " must be 1-30 lower-case letters or digits (it names a sound directory)");
            }
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("hotline.voice.prompt-sets." + id + " needs a name for the console");
            }
        });
        promptSets = Collections.unmodifiableMap(promptSets);
    }

    public boolean offers(String promptSet) {
        return promptSet == null || promptSets.containsKey(promptSet);
    }
}
