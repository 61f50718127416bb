package cn.yinling.hotline.cases.responders;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A member of a neighbour-help team: where they live, their phone, when they may be called, and
 * how they answered the emergencies they were called for (the seeds track volunteer service).
 */
@Entity
@Table(name = "volunteer")
public class Volunteer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long teamId;
    private String fullName;
    private String phone;
    private String community;
    private String building;
    private String hours;
    private boolean active;
    private int acceptedCount;
    private int declinedCount;
    private int noAnswerCount;
    private Instant createdAt;

    protected Volunteer() {
    }

    Volunteer(Long teamId, String fullName, String phone, String community, String building, OnCallHours hours,
            Instant createdAt) {
        this.teamId = teamId;
        this.createdAt = createdAt;
        this.active = true;
        change(fullName, phone, community, building, hours);
    }

    void change(String fullName, String phone, String community, String building, OnCallHours hours) {
        this.fullName = fullName;
        this.phone = phone;
        this.community = community;
        this.building = building;
        this.hours = hours.text();
    }

    void setActive(boolean active) {
        this.active = active;
    }

    void counted(CallState answer) {
        switch (answer) {
            case ACCEPTED -> acceptedCount++;
            case DECLINED -> declinedCount++;
            case NO_ANSWER -> noAnswerCount++;
            default -> throw new IllegalArgumentException("Not a response: " + answer);
        }
    }

    public Long getId() {
        return id;
    }

    public Long getTeamId() {
        return teamId;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPhone() {
        return phone;
    }

    public String getCommunity() {
        return community;
    }

    public String getBuilding() {
        return building;
    }

    public OnCallHours hours() {
        return OnCallHours.parse(hours);
    }

    public boolean isActive() {
        return active;
    }

    public int getAcceptedCount() {
        return acceptedCount;
    }

    public int getDeclinedCount() {
        return declinedCount;
    }

    public int getNoAnswerCount() {
        return noAnswerCount;
    }
}
