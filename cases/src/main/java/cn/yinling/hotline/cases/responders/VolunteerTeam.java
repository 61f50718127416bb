package cn.yinling.hotline.cases.responders;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A neighbour-help team (邻里互助队) of one community. Deactivated, never deleted: call-outs keep its name. */
@Entity
@Table(name = "volunteer_team")
public class VolunteerTeam {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String community;
    private String area;
    private boolean active;
    private Instant createdAt;

    protected VolunteerTeam() {
    }

    VolunteerTeam(String name, String community, String area, Instant createdAt) {
        this.name = name;
        this.community = community;
        this.area = area;
        this.active = true;
        this.createdAt = createdAt;
    }

    void change(String name, String community, String area) {
        this.name = name;
        this.community = community;
        this.area = area;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCommunity() {
        return community;
    }

    public String getArea() {
        return area;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
