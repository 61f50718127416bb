package cn.yinling.hotline.cases.elder;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;

/** An elder's record in the 老年人信息库. */
@Entity
public class Elder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long householdId;
    private String fullName;
    @Enumerated(EnumType.STRING)
    private Sex sex;
    private LocalDate birthDate;
    @Column(name = "id_number_masked")
    private String idNumberMasked;
    @Enumerated(EnumType.STRING)
    private Registration registration;
    private String address;
    private String street;
    private String community;
    @Enumerated(EnumType.STRING)
    private LivingSituation livingSituation;
    private String healthNotes;
    @Embedded
    private ElderFlags flags;
    @Embedded
    private Adl adl;
    private LocalDate adlAssessedOn;
    private LocalTime checkinTime;
    private Instant createdAt;
    @Version
    private long version;
    /** Keyed digest of the full ID number (see cases/intake), to find an elder already on file; null until typed. */
    private String idNumberDigest;

    protected Elder() {
    }

    public Elder(String fullName, Sex sex, LocalDate birthDate, MaskedIdNumber idNumber, Registration registration,
            Household household, LivingSituation livingSituation, Instant createdAt) {
        this.fullName = fullName;
        this.sex = sex;
        this.birthDate = birthDate;
        this.idNumberMasked = idNumber.value();
        this.registration = registration;
        this.householdId = household.getId();
        this.address = household.getAddress();
        this.street = household.getStreet();
        this.community = household.getCommunity();
        this.livingSituation = livingSituation;
        this.flags = ElderFlags.none();
        this.adl = Adl.independent();
        this.createdAt = createdAt;
    }

    public ElderId elderId() {
        return new ElderId(id);
    }

    public Long getId() {
        return id;
    }

    public Long getHouseholdId() {
        return householdId;
    }

    public String getFullName() {
        return fullName;
    }

    public String surname() {
        return fullName.substring(0, 1);
    }

    public Sex getSex() {
        return sex;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    public MaskedIdNumber idNumber() {
        return new MaskedIdNumber(idNumberMasked);
    }

    public Registration getRegistration() {
        return registration;
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

    public LivingSituation getLivingSituation() {
        return livingSituation;
    }

    public String getHealthNotes() {
        return healthNotes;
    }

    public ElderFlags getFlags() {
        return flags;
    }

    public Adl getAdl() {
        return adl;
    }

    public LocalDate getAdlAssessedOn() {
        return adlAssessedOn;
    }

    public LocalTime getCheckinTime() {
        return checkinTime;
    }

    public void assess(Adl adl, LocalDate on) {
        this.adl = adl;
        this.adlAssessedOn = on;
    }

    public void setFlags(ElderFlags flags) {
        this.flags = flags;
    }

    public void setHealthNotes(String healthNotes) {
        this.healthNotes = healthNotes;
    }

    public void setLivingSituation(LivingSituation livingSituation) {
        this.livingSituation = livingSituation;
    }

    public void setCheckinTime(LocalTime checkinTime) {
        this.checkinTime = checkinTime;
    }

    public String getIdNumberDigest() {
        return idNumberDigest;
    }

    /** A newly typed or corrected ID number: what it says of sex and birth, its masked form and digest. */
    public void identify(MaskedIdNumber idNumber, String digest, Sex sex, LocalDate birthDate) {
        this.idNumberMasked = idNumber.value();
        this.idNumberDigest = digest;
        this.sex = sex;
        this.birthDate = birthDate;
    }

    public void rename(String fullName) {
        this.fullName = fullName;
    }

    public void setRegistration(Registration registration) {
        this.registration = registration;
    }

    void moveTo(String newAddress) {
        this.address = newAddress;
    }
}
