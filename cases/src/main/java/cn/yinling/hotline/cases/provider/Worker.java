package cn.yinling.hotline.cases.provider;

import cn.yinling.hotline.cases.catalog.ServiceCategory;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A care worker of a provider: which kinds of service they do and how many visits they take at once. */
@Entity
public class Worker {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long providerId;
    private String fullName;
    private String phone;
    private String categories;
    private int capacityPerSlot;
    private boolean active;
    private String workerNumber;

    protected Worker() {
    }

    public Worker(Long providerId, String fullName, String phone, Set<ServiceCategory> categories, int capacityPerSlot) {
        if (capacityPerSlot < 1) {
            throw new IllegalArgumentException("A worker takes at least one visit at a time");
        }
        this.providerId = providerId;
        this.fullName = fullName;
        this.phone = phone;
        this.categories = categories.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.capacityPerSlot = capacityPerSlot;
        this.active = true;
    }

    /** A worker entered on the console, with the number they key at the elder's door. */
    public Worker(Long providerId, String workerNumber, String fullName, String phone, Set<ServiceCategory> categories) {
        this(providerId, fullName, phone, categories, 1);
        this.workerNumber = workerNumber;
    }

    /** Staff's edit; the capacity per slot stays as it was. */
    public void update(Long providerId, String workerNumber, String fullName, String phone,
            Set<ServiceCategory> categories) {
        this.providerId = providerId;
        this.workerNumber = workerNumber;
        this.fullName = fullName;
        this.phone = phone;
        this.categories = categories.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    public Set<ServiceCategory> categories() {
        return Provider.split(categories).stream().map(ServiceCategory::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ServiceCategory.class)));
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public String getWorkerNumber() {
        return workerNumber;
    }

    public boolean does(ServiceCategory category) {
        return Arrays.asList(categories.split(",")).contains(category.name());
    }

    public Long getId() {
        return id;
    }

    public Long getProviderId() {
        return providerId;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPhone() {
        return phone;
    }

    public int getCapacityPerSlot() {
        return capacityPerSlot;
    }

    public boolean isActive() {
        return active;
    }
}
