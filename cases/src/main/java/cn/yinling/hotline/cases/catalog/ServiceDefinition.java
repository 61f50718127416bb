package cn.yinling.hotline.cases.catalog;

import java.util.List;

/**
 * One service as written in the catalog YAML. {@code combinesWith}: codes of services an elder may
 * have at the same time as this one (a meal delivered during a bath); saying it on either side is enough.
 */
public record ServiceDefinition(String code, String name, List<String> synonyms, ServiceCategory category,
        ServiceKind kind, int defaultMinutes, long pricePerHourFen, int leadHoursOnline, int leadHoursPhone,
        List<String> combinesWith) {

    void validate() {
        if (code == null || name == null || category == null || kind == null) {
            throw new IllegalArgumentException("Invalid service: code, name, category and kind are required: " + code);
        }
        if (defaultMinutes <= 0 || pricePerHourFen < 0 || leadHoursOnline < 0 || leadHoursPhone < 0) {
            throw new IllegalArgumentException("Invalid service " + code + ": durations, prices and lead times");
        }
        if (combinesWith != null && combinesWith.contains(code)) {
            // Two of the same service at once is a duplicate booking, never a combination.
            throw new IllegalArgumentException("Invalid service " + code + ": it cannot combine with itself");
        }
    }
}
