package cn.yinling.hotline.cases.provider;

import cn.yinling.hotline.cases.catalog.ServiceCategory;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A contracted service provider (加盟服务机构): its contract says for which period, which service
 * categories and which area (whole streets and single communities) it serves.
 */
@Entity
public class Provider {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String phone;
    private String contactPerson;
    private String contractNumber;
    private LocalDate contractStart;
    private LocalDate contractEnd;
    private String contractCategories;
    private String streets;
    private String communities;
    private boolean blacklisted;
    private boolean active;

    protected Provider() {
    }

    /** A provider of every category in the given communities, with no contract period (the demo street, tests). */
    public Provider(String name, String phone, String... communities) {
        this.name = name;
        this.phone = phone;
        this.communities = String.join(",", communities);
        this.streets = "";
        this.contractCategories = join(EnumSet.allOf(ServiceCategory.class));
        this.active = true;
    }

    public Provider(ProviderTerms terms) {
        this.active = true;
        update(terms);
    }

    public void update(ProviderTerms t) {
        this.name = t.name();
        this.phone = t.phone();
        this.contactPerson = t.contactPerson();
        this.contractNumber = t.contractNumber();
        this.contractStart = t.contractStart();
        this.contractEnd = t.contractEnd();
        this.contractCategories = join(t.categories());
        this.streets = String.join(",", t.streets());
        this.communities = String.join(",", t.communities());
    }

    /** Whether the elder's street or community lies in the service area. */
    public boolean serves(String street, String community) {
        return (community != null && split(communities).contains(community))
                || (street != null && split(streets).contains(street));
    }

    /** Whether this provider may take a visit of this category on this day: active, not black-listed, under contract. */
    public boolean mayProvide(ServiceCategory category, LocalDate day) {
        return active && !blacklisted && categories().contains(category)
                && (contractStart == null || !day.isBefore(contractStart))
                && (contractEnd == null || !day.isAfter(contractEnd));
    }

    public Set<ServiceCategory> categories() {
        return split(contractCategories).stream().map(ServiceCategory::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ServiceCategory.class)));
    }

    public List<String> streetList() {
        return split(streets);
    }

    public List<String> communityList() {
        return split(communities);
    }

    static String join(Set<ServiceCategory> categories) {
        return categories.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static List<String> split(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.stream(csv.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPhone() {
        return phone;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public String getContractNumber() {
        return contractNumber;
    }

    public LocalDate getContractStart() {
        return contractStart;
    }

    public LocalDate getContractEnd() {
        return contractEnd;
    }

    public boolean isBlacklisted() {
        return blacklisted;
    }

    public boolean isActive() {
        return active;
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    /** Providers with poor satisfaction go on the black list and get no new bookings. */
    public void blacklist() {
        this.blacklisted = true;
    }

    /** A supervisor lifted the provider's black listing. */
    public void reinstate() {
        this.blacklisted = false;
    }
}
