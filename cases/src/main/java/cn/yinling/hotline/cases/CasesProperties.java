package cn.yinling.hotline.cases;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the case database module ({@code hotline.cases.*}). Everything that differs by city
 * is here or in the policy and catalog files it names, never in code.
 *
 * @param zone            the service centre's time zone; booking times are local to it
 * @param defaultAreaCode area code added to landline numbers given without one
 * @param policyFiles     YAML files with subsidy policies, loaded (upserted by code) at start-up
 * @param catalogFile     YAML file with the service catalog
 * @param sla             time allowed to handle a case, by case type (and COMPLAINT_SERIOUS)
 * @param demoData        load the fictional demo street into an empty database at start-up (never in prod)
 * @param catchUpInBackground run the start-up's catch-up (demo street, re-evaluation, roll-over) on a
 *                        thread of its own while the servers already answer (the shipped configuration);
 *                        false runs it before they start (tests, which expect the demo street there)
 */
@ConfigurationProperties("hotline.cases")
public record CasesProperties(
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue("0555") String defaultAreaCode,
        @DefaultValue("classpath:policies/seed-policies.yml") List<String> policyFiles,
        @DefaultValue("classpath:catalog/service-catalog.yml") String catalogFile,
        Map<String, Duration> sla,
        @DefaultValue("false") boolean demoData,
        @DefaultValue("false") boolean catchUpInBackground) {

    public Duration slaFor(String key, Duration fallback) {
        return sla == null ? fallback : sla.getOrDefault(key, fallback);
    }
}
