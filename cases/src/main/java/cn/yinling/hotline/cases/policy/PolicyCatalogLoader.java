package cn.yinling.hotline.cases.policy;

import cn.yinling.hotline.cases.CasesProperties;
import cn.yinling.hotline.cases.eligibility.PolicyRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Loads the policy YAML files named in {@code hotline.cases.policy-files}, upserting by code. */
@Component
public class PolicyCatalogLoader {

    private static final Logger log = LoggerFactory.getLogger(PolicyCatalogLoader.class);
    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    private final SubsidyPolicyRepository policies;
    private final ResourceLoader resources;
    private final CasesProperties properties;
    private final PolicyRules rules;

    PolicyCatalogLoader(SubsidyPolicyRepository policies, ResourceLoader resources, CasesProperties properties,
            PolicyRules rules) {
        this.rules = rules;
        this.policies = policies;
        this.resources = resources;
        this.properties = properties;
    }

    @Transactional
    public void loadConfiguredFiles() {
        properties.policyFiles().forEach(this::load);
    }

    @Transactional
    public int load(String location) {
        List<PolicyDefinition> defs = read(location);
        for (PolicyDefinition d : defs) {
            policies.findByCode(d.code()).ifPresentOrElse(p -> p.update(d), () -> policies.save(new SubsidyPolicy(d)));
            rules.define(d.code(), d.eligibility());
        }
        log.info("Loaded {} subsidy policies from {}", defs.size(), location);
        return defs.size();
    }

    static List<PolicyDefinition> parse(InputStream in) {
        return YAML.readValue(in, new TypeReference<PolicyFile>() { }).policies();
    }

    private List<PolicyDefinition> read(String location) {
        try (InputStream in = resources.getResource(location).getInputStream()) {
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read policy file " + location, e);
        }
    }

    record PolicyFile(List<PolicyDefinition> policies) {
    }
}
