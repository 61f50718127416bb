package cn.yinling.hotline.cases.elder;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A household (户): elders living at one address share household-scoped subsidies. */
@Entity
public class Household {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String address;
    private String street;
    private String community;
    @Enumerated(EnumType.STRING)
    private Registration registration;
    private Instant createdAt;

    protected Household() {
    }

    public Household(String address, String street, String community, Registration registration, Instant createdAt) {
        this.address = address;
        this.street = street;
        this.community = community;
        this.registration = registration;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getAddress() {
        return address;
    }

    public String getStreet() {
        return street;
    }

    public String getCommunity() {
        return community;
    }

    public Registration getRegistration() {
        return registration;
    }

    void moveTo(String newAddress) {
        this.address = newAddress;
    }
}
