package cn.yinling.hotline.cases.responders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of an elder's responder list. A family contact or volunteer is referred to (their name
 * and phone stay theirs); a community worker's name and phone are kept on the line.
 */
@Entity
@Table(name = "elder_responder")
public class Responder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long elderId;
    @Column(name = "position")
    private int position;
    @Enumerated(EnumType.STRING)
    private ResponderKind kind;
    private Long familyContactId;
    private Long volunteerId;
    private String fullName;
    private String phone;
    private String hours;

    protected Responder() {
    }

    private Responder(Long elderId, int position, ResponderKind kind, Long familyContactId, Long volunteerId,
            String fullName, String phone, OnCallHours hours) {
        this.elderId = elderId;
        this.position = position;
        this.kind = kind;
        this.familyContactId = familyContactId;
        this.volunteerId = volunteerId;
        this.fullName = fullName;
        this.phone = phone;
        this.hours = hours.text();
    }

    static Responder family(Long elderId, int position, Long contactId, OnCallHours hours) {
        return new Responder(elderId, position, ResponderKind.FAMILY, contactId, null, null, null, hours);
    }

    static Responder communityWorker(Long elderId, int position, String name, String phone, OnCallHours hours) {
        return new Responder(elderId, position, ResponderKind.COMMUNITY_WORKER, null, null, name, phone, hours);
    }

    static Responder volunteer(Long elderId, int position, Long volunteerId) {
        return new Responder(elderId, position, ResponderKind.VOLUNTEER, null, volunteerId, null, null,
                OnCallHours.ANY_TIME);
    }

    void moveTo(int position) {
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public Long getElderId() {
        return elderId;
    }

    public int getPosition() {
        return position;
    }

    public ResponderKind getKind() {
        return kind;
    }

    public Long getFamilyContactId() {
        return familyContactId;
    }

    public Long getVolunteerId() {
        return volunteerId;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPhone() {
        return phone;
    }

    public OnCallHours hours() {
        return OnCallHours.parse(hours);
    }
}
