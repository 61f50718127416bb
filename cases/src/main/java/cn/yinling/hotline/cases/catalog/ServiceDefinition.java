package cn.yinling.hotline.cases.catalog;

import java.util.List;

/** One service as written in the catalog YAML. */
public record ServiceDefinition(String code, String name, List<String> synonyms, ServiceCategory category,
        ServiceKind kind, int defaultMinutes, long pricePerHourFen, int leadHoursOnline, int leadHoursPhone) {

    void validate() {
        if (code == null || name == null || category == null || kind == null) {
            throw new IllegalArgumentException("Invalid service: code, name, category and kind are required: " + code);
        }
        if (defaultMinutes <= 0 || pricePerHourFen < 0 || leadHoursOnline < 0 || leadHoursPhone < 0) {
            throw new IllegalArgumentException("Invalid service " + code + ": durations, prices and lead times");
        }
    }
}
