package cn.yinling.hotline.bot.nlu.emergency;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The rule file as written ({@code nlu/emergency-rules.yml}, whose header explains every field);
 * {@link EmergencyDetector} compiles it. Absent lists are empty.
 */
record EmergencyRules(String simplify, List<String> except, List<String> resets, Negation negation,
        Hypothetical hypothetical, Past past, List<String> recent, List<String> notRecent, List<String> resolved, List<String> notResolved, int pairWithin,
        List<Category> categories) {

    EmergencyRules {
        except = orEmpty(except);
        resets = orEmpty(resets);
        negation = negation == null ? new Negation(0, "", List.of(), List.of()) : negation;
        hypothetical = hypothetical == null ? new Hypothetical(List.of(), List.of(), List.of()) : hypothetical;
        past = past == null ? new Past(0, List.of(), List.of()) : past;
        recent = orEmpty(recent);
        notRecent = orEmpty(notRecent);
        resolved = orEmpty(resolved);
        notResolved = orEmpty(notResolved);
        categories = orEmpty(categories);
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("The emergency rules have no categories");
        }
        if (pairWithin < 0) {
            throw new IllegalArgumentException("pairWithin cannot be negative: " + pairWithin);
        }
    }

    record Negation(int within, String gapChars, List<String> words, List<String> notNegations) {
        Negation {
            gapChars = gapChars == null ? "" : gapChars;
            words = orEmpty(words);
            notNegations = orEmpty(notNegations);
        }
    }

    record Hypothetical(List<String> words, List<String> near, List<String> notHypothetical) {
        Hypothetical {
            words = orEmpty(words);
            near = orEmpty(near);
            notHypothetical = orEmpty(notHypothetical);
        }
    }

    record Past(int within, List<String> words, List<String> after) {
        Past {
            words = orEmpty(words);
            after = orEmpty(after);
        }
    }

    record Category(String id, String name, boolean pastOnlyWeakens, boolean addsUp, List<String> strong, List<String> unsure,
            List<String> strongPairs, List<String> unsurePairs, List<String> boosters) {
        Category {
            if (id == null || id.isBlank() || name == null || name.isBlank()) {
                throw new IllegalArgumentException("An emergency category needs an id and a name");
            }
            strong = orEmpty(strong);
            unsure = orEmpty(unsure);
            strongPairs = orEmpty(strongPairs);
            unsurePairs = orEmpty(unsurePairs);
            boosters = orEmpty(boosters);
        }
    }

    static EmergencyRules read(InputStream in) {
        try (in) {
            // Absent numbers and flags are 0 and false; an unknown key (a typo such as "strongg") fails at start-up.
            return YAMLMapper.builder().disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, EmergencyRules.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the emergency rules", e);
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
