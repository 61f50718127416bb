package cn.yinling.hotline.bot.faq;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Answers policy questions from the FAQ content file: the entry with the most matching keywords wins. */
public class PolicyFaq {

    private final List<FaqEntry> entries;

    public PolicyFaq(List<FaqEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static PolicyFaq load(InputStream in) {
        try (in) {
            return new PolicyFaq(YAMLMapper.builder().build().readValue(in, new TypeReference<FaqFile>() { }).entries());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the policy FAQ", e);
        }
    }

    public Optional<FaqEntry> answer(String question) {
        if (question == null || question.isBlank()) {
            return Optional.empty();
        }
        return entries.stream()
                .filter(e -> score(e, question) > 0)
                .max(Comparator.comparingInt(e -> score(e, question)));
    }

    private static int score(FaqEntry e, String question) {
        int s = 0;
        for (String k : e.keywords()) {
            if (question.contains(k)) {
                s += k.length(); // longer, more specific words weigh more
            }
        }
        return s;
    }

    record FaqFile(List<FaqEntry> entries) {
    }
}
