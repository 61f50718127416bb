package cn.yinling.hotline.cases.provider;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.util.Arrays;

/** A contracted service provider (加盟服务机构) serving some communities. */
@Entity
public class Provider {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String phone;
    private String communities;
    private boolean blacklisted;

    protected Provider() {
    }

    public Provider(String name, String phone, String... communities) {
        this.name = name;
        this.phone = phone;
        this.communities = String.join(",", communities);
    }

    public boolean serves(String community) {
        return !blacklisted && Arrays.asList(communities.split(",")).contains(community);
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

    public boolean isBlacklisted() {
        return blacklisted;
    }

    /** Providers with poor satisfaction go on the black list and get no new bookings. */
    public void blacklist() {
        this.blacklisted = true;
    }
}
