package cn.yinling.hotline.cases.intake;

import cn.yinling.hotline.cases.assessment.AdlAssessments;
import cn.yinling.hotline.cases.assessment.AssessmentKind;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.ElderFlags;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.ElderRepository;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.Household;
import cn.yinling.hotline.cases.elder.HouseholdRepository;
import cn.yinling.hotline.cases.elder.InvalidPhoneNumberException;
import cn.yinling.hotline.cases.elder.PhoneNumber;
import cn.yinling.hotline.cases.elder.Registration;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import cn.yinling.hotline.cases.elder.ElderRecordChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes an elder in (建档): checks the whole record first and says everything that is wrong, so
 * nothing is half-saved; then creates the elder in the household at that address (the household
 * of a spouse already on file, or a new one), the numbers, the family contacts and the intake ADL
 * assessment. The ID number is the key: one already on file is refused with the elder it belongs to.
 * Also corrects an existing record's identity (name, ID number, household registration).
 */
@Service
public class ElderIntake {

    static final int LONGEST_NAME = 50;
    static final int LONGEST_ADDRESS = 300;
    static final int LONGEST_AREA = 100;
    static final int LONGEST_HEALTH_NOTES = 2000;
    static final int LONGEST_RELATION = 20;
    static final int MOST_PHONES = 5;
    static final int OLDEST = 120;

    /** The outcome: the new elder, or every problem of the form. */
    public record Outcome(ElderId elderId, List<IntakeProblem> problems) {
        public boolean created() {
            return elderId != null;
        }
    }

    private final Elders elders;
    private final ElderRepository elderRows;
    private final HouseholdRepository households;
    private final AdlAssessments assessments;
    private final IdNumberDigests digests;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ElderIntake(Elders elders, ElderRepository elderRows, HouseholdRepository households, AdlAssessments assessments,
            IdNumberDigests digests, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.elders = elders;
        this.elderRows = elderRows;
        this.households = households;
        this.assessments = assessments;
        this.digests = digests;
        this.clock = clock;
    }

    @Transactional
    public Outcome register(NewElder form, String actor) {
        LocalDate today = LocalDate.now(clock);
        List<IntakeProblem> problems = new ArrayList<>();
        ResidentIdNumber id = idNumber(form.idNumber(), today, null, problems);
        name(form.fullName(), problems);
        if (id != null) {
            if (form.sex() != null && form.sex() != id.sex()) {
                problems.add(IntakeProblem.of("sex", "sex.mismatch"));
            }
            if (form.birthDate() != null && !form.birthDate().equals(id.birthDate())) {
                problems.add(IntakeProblem.of("birthDate", "birthDate.mismatch"));
            }
            if (id.birthDate().isBefore(today.minusYears(OLDEST))) {
                problems.add(IntakeProblem.of("idNumber", "idNumber.tooOld"));
            }
        }
        if (form.registration() == null) {
            problems.add(IntakeProblem.of("registration", "registration.missing"));
        }
        text("address", form.address(), LONGEST_ADDRESS, problems);
        text("street", form.street(), LONGEST_AREA, problems);
        text("community", form.community(), LONGEST_AREA, problems);
        if (form.livingSituation() == null) {
            problems.add(IntakeProblem.of("livingSituation", "livingSituation.missing"));
        }
        if (form.healthNotes() != null && form.healthNotes().strip().length() > LONGEST_HEALTH_NOTES) {
            problems.add(IntakeProblem.of("healthNotes", "healthNotes.tooLong", LONGEST_HEALTH_NOTES));
        }
        List<PhoneNumber> phones = phones(form.phones(), problems);
        family(form.family(), phones, problems);
        if (form.adl() != null) {
            assessments.check(form.adlAssessedOn(), AssessmentKind.INTAKE, form.adlAssessor(), null,
                    id == null ? null : id.birthDate()).forEach(p -> problems.add(IntakeProblem.of("adl", "adl." + p.name())));
        }
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }

        Instant now = clock.instant();
        Household household = households.findFirstByAddressAndStreetAndCommunityOrderByIdAsc(form.address().strip(),
                form.street().strip(), form.community().strip())
                .orElseGet(() -> elders.createHousehold(form.address().strip(), form.street().strip(),
                        form.community().strip(), form.registration()));
        Elder e = new Elder(form.fullName().strip(), id.sex(), id.birthDate(), id.masked(), form.registration(), household,
                form.livingSituation(), now);
        e.identify(id.masked(), digests.of(id), id.sex(), id.birthDate());
        e.setFlags(form.flags() == null ? ElderFlags.none() : form.flags());
        e.setHealthNotes(form.healthNotes() == null || form.healthNotes().isBlank() ? null : form.healthNotes().strip());
        e.setCheckinTime(form.checkinTime());
        ElderId elderId = elders.register(e).elderId();
        phones.forEach(p -> elders.addPhone(elderId, p.digits()));
        for (NewElder.Contact c : contacts(form.family())) {
            elders.addFamilyContact(elderId, c.name().strip(), c.relation().strip(), c.phone(), c.consent());
        }
        if (form.adl() != null) {
            assessments.record(elderId, form.adlAssessedOn(), AssessmentKind.INTAKE, form.adlAssessor(), form.adl(), null,
                    actor);
        }
        events.publishEvent(new ElderRecordChanged(elderId, ElderRecordChanged.Cause.INTAKE));
        return new Outcome(elderId, List.of());
    }

    /**
     * Corrects who the elder is: name, household registration and, when one is typed, the ID number
     * (and with it sex and birth date). Empty when saved.
     */
    @Transactional
    public List<IntakeProblem> correctIdentity(ElderId elderId, String fullName, String idNumber, Registration registration) {
        List<IntakeProblem> problems = new ArrayList<>();
        name(fullName, problems);
        ResidentIdNumber id = idNumber == null || idNumber.isBlank() ? null
                : idNumber(idNumber, LocalDate.now(clock), elderId, problems);
        if (registration == null) {
            problems.add(IntakeProblem.of("registration", "registration.missing"));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        elders.update(elderId, e -> {
            e.rename(fullName.strip());
            e.setRegistration(registration);
            if (id != null) {
                e.identify(id.masked(), digests.of(id), id.sex(), id.birthDate());
            }
        });
        return List.of();
    }

    /** The elder already on file with this ID number, if any. */
    @Transactional(readOnly = true)
    public Optional<ElderId> onFile(ResidentIdNumber id) {
        return elderRows.findByIdNumberDigest(digests.of(id)).map(Elder::elderId);
    }

    private ResidentIdNumber idNumber(String typed, LocalDate today, ElderId self, List<IntakeProblem> problems) {
        ResidentIdNumber.Result r = ResidentIdNumber.parse(typed, today);
        if (!r.valid()) {
            problems.add(IntakeProblem.of("idNumber", "idNumber." + r.problem().name()));
            return null;
        }
        Optional<ElderId> existing = onFile(r.number());
        if (existing.isPresent() && !existing.get().equals(self)) {
            problems.add(IntakeProblem.of("idNumber", "idNumber.onFile", existing.get().value()));
            return null;
        }
        return r.number();
    }

    private static void name(String fullName, List<IntakeProblem> problems) {
        text("fullName", fullName, LONGEST_NAME, problems);
    }

    private static void text(String field, String value, int longest, List<IntakeProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(IntakeProblem.of(field, field + ".missing"));
        } else if (value.strip().length() > longest) {
            problems.add(IntakeProblem.of(field, field + ".tooLong", longest));
        }
    }

    private List<PhoneNumber> phones(List<String> typed, List<IntakeProblem> problems) {
        List<PhoneNumber> parsed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> given = typed == null ? List.of() : typed.stream().filter(s -> s != null && !s.isBlank()).toList();
        if (given.size() > MOST_PHONES) {
            problems.add(IntakeProblem.of("phones", "phones.tooMany", MOST_PHONES));
            return parsed;
        }
        for (String raw : given) {
            Optional<PhoneNumber> p = phone(raw.strip(), "phones", problems);
            if (p.isPresent() && seen.add(p.get().digits())) {
                parsed.add(p.get());
            }
        }
        return parsed;
    }

    private void family(List<NewElder.Contact> family, List<PhoneNumber> elderPhones, List<IntakeProblem> problems) {
        Set<String> seen = new HashSet<>();
        elderPhones.forEach(p -> seen.add(p.digits()));
        int row = 0;
        for (NewElder.Contact c : family == null ? List.<NewElder.Contact>of() : family) {
            row++;
            boolean empty = blank(c.name()) && blank(c.relation()) && blank(c.phone());
            if (empty) {
                continue;
            }
            if (blank(c.name()) || c.name().strip().length() > LONGEST_NAME) {
                problems.add(IntakeProblem.of("family", "family.name", row));
            }
            if (blank(c.relation()) || c.relation().strip().length() > LONGEST_RELATION) {
                problems.add(IntakeProblem.of("family", "family.relation", row));
            }
            if (!blank(c.phone())) {
                phone(c.phone().strip(), "family", problems).ifPresent(p -> {
                    if (!seen.add(p.digits())) {
                        problems.add(IntakeProblem.of("family", "phones.twice", p.digits()));
                    }
                });
            }
        }
    }

    private Optional<PhoneNumber> phone(String raw, String field, List<IntakeProblem> problems) {
        PhoneNumber p;
        try {
            p = elders.parsePhone(raw);
        } catch (InvalidPhoneNumberException e) {
            problems.add(IntakeProblem.of(field, "phones.invalid", raw));
            return Optional.empty();
        }
        if (elders.findByPhone(p.digits()).isPresent()) {
            problems.add(IntakeProblem.of(field, "phones.taken", p.digits()));
            return Optional.empty();
        }
        return Optional.of(p);
    }

    private static List<NewElder.Contact> contacts(List<NewElder.Contact> family) {
        return family == null ? List.of()
                : family.stream().filter(c -> !(blank(c.name()) && blank(c.relation()) && blank(c.phone()))).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
