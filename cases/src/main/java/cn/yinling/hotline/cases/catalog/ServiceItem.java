package cn.yinling.hotline.cases.catalog;

import cn.yinling.hotline.cases.Channel;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** A service on the menu, with its Chinese synonyms, usual length, price and lead times. */
@Entity
public class ServiceItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String nameZh;
    private String synonyms;
    @Enumerated(EnumType.STRING)
    private ServiceCategory category;
    @Enumerated(EnumType.STRING)
    private ServiceKind kind;
    private int defaultMinutes;
    private long pricePerHourFen;
    private int leadHoursOnline;
    private int leadHoursPhone;
    private boolean active;
    /** Comma-separated codes of the services this one may overlap with, as written on this item. */
    private String combinesWith;

    protected ServiceItem() {
    }

    public ServiceItem(ServiceDefinition d) {
        update(d);
    }

    void update(ServiceDefinition d) {
        d.validate();
        this.code = d.code();
        this.nameZh = d.name();
        this.synonyms = d.synonyms() == null ? "" : String.join(",", d.synonyms());
        this.category = d.category();
        this.kind = d.kind();
        this.defaultMinutes = d.defaultMinutes();
        this.pricePerHourFen = d.pricePerHourFen();
        this.leadHoursOnline = d.leadHoursOnline();
        this.leadHoursPhone = d.leadHoursPhone();
        this.active = true;
        this.combinesWith = d.combinesWith() == null ? "" : String.join(",", d.combinesWith());
    }

    /**
     * Whether an elder may have this service and {@code other} at overlapping times. Symmetric: the
     * catalog may say it on either item.
     */
    public boolean combinesWith(ServiceItem other) {
        return combinableCodes().contains(other.code) || other.combinableCodes().contains(code);
    }

    public List<String> combinableCodes() {
        return combinesWith == null || combinesWith.isEmpty() ? List.of() : Arrays.asList(combinesWith.split(","));
    }

    public Duration leadTimeFor(Channel channel) {
        return Duration.ofHours(channel.byPhone() ? leadHoursPhone : leadHoursOnline);
    }

    public List<String> synonymList() {
        return synonyms.isEmpty() ? List.of() : Arrays.asList(synonyms.split(","));
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public ServiceCategory getCategory() {
        return category;
    }

    public ServiceKind getKind() {
        return kind;
    }

    public int getDefaultMinutes() {
        return defaultMinutes;
    }

    public long getPricePerHourFen() {
        return pricePerHourFen;
    }

    public boolean isActive() {
        return active;
    }
}
