package cn.yinling.hotline.cases.performance;

import cn.yinling.hotline.cases.casework.ComplaintOutcome;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The assessment file ({@code hotline.cases.assessment.rules-file}): the grace allowed on arrival,
 * which complaint outcomes count as upheld, and the red and black list rules.
 *
 * @param onTimeGraceMinutes a visit is on time when the worker checked in at most this long after its start
 * @param upheldOutcomes     complaint outcomes counted as upheld
 * @param rules              the list rules, each applied to workers, providers or both
 */
public record AssessmentRules(Integer onTimeGraceMinutes, Set<ComplaintOutcome> upheldOutcomes, List<ListingRule> rules) {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE).build();

    public AssessmentRules {
        if (onTimeGraceMinutes == null || onTimeGraceMinutes < 0) {
            throw new IllegalArgumentException("on-time-grace-minutes is required, 0 or more");
        }
        upheldOutcomes = upheldOutcomes == null || upheldOutcomes.isEmpty() ? Set.of(ComplaintOutcome.UPHELD)
                : Set.copyOf(upheldOutcomes);
        rules = rules == null ? List.of() : List.copyOf(rules);
        if (rules.stream().map(ListingRule::key).distinct().count() != rules.size()) {
            throw new IllegalArgumentException("two assessment rules share a key");
        }
    }

    public static AssessmentRules parse(InputStream in) {
        return Objects.requireNonNull(YAML.readValue(in, AssessmentRules.class), "empty assessment rules file");
    }
}
