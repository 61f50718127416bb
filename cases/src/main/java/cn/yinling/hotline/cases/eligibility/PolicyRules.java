package cn.yinling.hotline.cases.eligibility;

import cn.yinling.hotline.cases.Sha256;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The eligibility rules of the policies loaded from the policy files, and which of them this
 * deployment applies automatically, in order of precedence.
 */
@Component
public class PolicyRules {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final Map<String, EligibilityRules> byCode = new ConcurrentHashMap<>();
    private final EligibilityProperties properties;

    PolicyRules(EligibilityProperties properties) {
        this.properties = properties;
    }

    /** Called by the policy loader for every policy it reads (rules may be null: none written). */
    public void define(String code, EligibilityRules rules) {
        if (rules == null) {
            byCode.remove(code);
        } else {
            byCode.put(code, rules);
        }
    }

    public Optional<EligibilityRules> of(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The codes applied automatically, in order of precedence; each must have rules (checked at start-up). */
    public List<String> automatic() {
        return properties.automaticPolicies();
    }

    public void checkAutomatic() {
        for (String code : automatic()) {
            if (!byCode.containsKey(code)) {
                throw new IllegalStateException("hotline.cases.eligibility.automatic-policies names " + code
                        + ", which no policy file defines with eligibility rules");
            }
        }
    }

    /** What a policy's evaluation depends on: its rules and its place in the automatic list. */
    public String hashOf(String code) {
        return Sha256.hex(JSON.writeValueAsString(byCode.get(code)) + "|automatic=" + automatic().indexOf(code));
    }
}
