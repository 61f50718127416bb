package cn.yinling.hotline.console.intake;

import cn.yinling.hotline.cases.agent.AuditEntry.Action;
import cn.yinling.hotline.cases.elder.Adl;
import cn.yinling.hotline.cases.elder.ElderFlags;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.LivingSituation;
import cn.yinling.hotline.cases.elder.PhoneNumber;
import cn.yinling.hotline.cases.elder.Registration;
import cn.yinling.hotline.cases.elder.Sex;
import cn.yinling.hotline.cases.intake.ElderIntake;
import cn.yinling.hotline.cases.intake.IntakeProblem;
import cn.yinling.hotline.cases.intake.NewElder;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.audit.ConsoleAudit;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The console side of taking an elder in and correcting who they are: reads the typed form, lets
 * {@link ElderIntake} decide, words every problem in Chinese and audits what was saved (never the
 * ID number itself: the audit log, like the record, has only its masked form).
 */
@Service
class IntakeDesk {

    /** Saved (the elder's id) or refused (what to tell the agent, one line each). */
    record Outcome(ElderId elderId, List<String> problems) {
    }

    private final ElderIntake intake;
    private final Elders elders;
    private final ConsoleAudit audit;
    private final ConsoleMessages messages;

    IntakeDesk(ElderIntake intake, Elders elders, ConsoleAudit audit, ConsoleMessages messages) {
        this.intake = intake;
        this.elders = elders;
        this.audit = audit;
        this.messages = messages;
    }

    @Transactional
    Outcome register(IntakeForm f, String agent) {
        List<String> typos = new ArrayList<>();
        LocalDate birthDate = parse(f.birthDate(), LocalDate::parse, "birthDate.invalid", typos);
        LocalTime checkin = parse(f.checkinTime(), LocalTime::parse, "checkinTime.invalid", typos);
        LocalDate assessedOn = parse(f.adlAssessedOn(), LocalDate::parse, "adl.DATE_INVALID", typos);
        Adl adl = f.anyAdl() ? new Adl(IntakeForm.on(f.adlEating()), IntakeForm.on(f.adlTurning()),
                IntakeForm.on(f.adlToileting()), IntakeForm.on(f.adlDressing()), IntakeForm.on(f.adlMoving())) : null;
        List<NewElder.Contact> family = new ArrayList<>();
        for (int i = 0; i < f.familyRows(); i++) {
            family.add(new NewElder.Contact(f.at(f.familyName(), i), f.at(f.familyRelation(), i), f.at(f.familyPhone(), i),
                    "true".equals(f.at(f.familyConsent(), i))));
        }
        NewElder elder = new NewElder(f.fullName(), value(Sex.class, f.sex()), birthDate, f.idNumber(),
                value(Registration.class, f.registration()), f.address(), f.street(), f.community(), PhoneNumber.typedList(f.phones()),
                family, value(LivingSituation.class, f.living()),
                new ElderFlags(IntakeForm.on(f.sanwu()), IntakeForm.on(f.dibao()), IntakeForm.on(f.lowIncome()),
                        IntakeForm.on(f.priorityVeteran()), IntakeForm.on(f.labourModel()), IntakeForm.on(f.disabled())),
                f.healthNotes(), checkin, adl, assessedOn, f.adlAssessor());
        if (!typos.isEmpty()) {
            return new Outcome(null, typos);
        }
        ElderIntake.Outcome out = intake.register(elder, agent);
        if (!out.created()) {
            return new Outcome(null, words(out.problems()));
        }
        var e = elders.get(out.elderId());
        audit.record(agent, Action.CREATE, out.elderId(), "elderCreated", e.getFullName(), e.idNumber().value(),
                e.getCommunity());
        return new Outcome(out.elderId(), List.of());
    }

    /** Name, household registration, the ID number when typed, and the check-in time; empty when saved. */
    @Transactional
    List<String> correct(long elderId, String fullName, String idNumber, String registration, String checkinTime,
            String agent) {
        List<String> typos = new ArrayList<>();
        LocalTime checkin = parse(checkinTime, LocalTime::parse, "checkinTime.invalid", typos);
        if (!typos.isEmpty()) {
            return typos;
        }
        ElderId id = new ElderId(elderId);
        String before = elders.get(id).idNumber().value();
        List<IntakeProblem> problems = intake.correctIdentity(id, fullName, idNumber, value(Registration.class, registration));
        if (!problems.isEmpty()) {
            return words(problems);
        }
        var e = elders.update(id, x -> x.setCheckinTime(checkin));
        audit.record(agent, Action.UPDATE, id, "identityCorrected", e.getFullName(),
                before.equals(e.idNumber().value()) ? e.idNumber().value() : before + " → " + e.idNumber().value(),
                messages.get("registration." + e.getRegistration().name()),
                checkin == null ? messages.get("intake.checkinNone") : checkin.toString());
        return List.of();
    }

    private List<String> words(List<IntakeProblem> problems) {
        return problems.stream().map(p -> messages.get("intake.problem." + p.code(), p.detail())).toList();
    }

    private <T> T parse(String typed, Function<String, T> parser, String code, List<String> typos) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return parser.apply(typed.strip());
        } catch (DateTimeParseException e) {
            typos.add(messages.get("intake.problem." + code));
            return null;
        }
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }
}
