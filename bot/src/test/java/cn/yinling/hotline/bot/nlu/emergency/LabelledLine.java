package cn.yinling.hotline.bot.nlu.emergency;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One line of the emergency set ({@code nlu/emergency-set.jsonl}): {@code label} is
 * {@code emergency} (a person at once), {@code unsure} (at least the one question) or {@code none};
 * {@code category} says which danger, {@code note} the kind of phrasing (plain, dialect, traditional,
 * asr, ramble, after-negation, denial, past, …).
 */
record LabelledLine(int number, String text, String label, String category, String note) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    boolean emergency() {
        return "emergency".equals(label);
    }

    boolean unsure() {
        return "unsure".equals(label);
    }

    static List<LabelledLine> read(InputStream in) {
        List<LabelledLine> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode j = JSON.readTree(line);
                lines.add(new LabelledLine(n, j.get("text").asString(), j.get("label").asString(),
                        j.has("category") ? j.get("category").asString() : null, j.has("note") ? j.get("note").asString() : null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
