package cn.yinling.hotline.console.newcase;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AuditEntry.Action;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CaseType;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.ComplaintType;
import cn.yinling.hotline.cases.casework.ContactWay;
import cn.yinling.hotline.cases.casework.EmergencyAlreadyOpenException;
import cn.yinling.hotline.cases.casework.ManualCase;
import cn.yinling.hotline.cases.casework.Severity;
import cn.yinling.hotline.cases.elder.Caller;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.InvalidPhoneNumberException;
import cn.yinling.hotline.cases.elder.PhoneNumber;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.MaskedName;
import cn.yinling.hotline.console.MaskedPhone;
import cn.yinling.hotline.console.audit.ConsoleAudit;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Opening a case by hand: finding the elder (a directory search, audited as one; phones masked),
 * checking the form into a {@link ManualCase} or the problems with it (each in Chinese, beside what
 * was typed), and opening it held by the signed-in agent, audited.
 */
@Service
class NewCaseDesk {

    static final int MOST_RESULTS = 20;
    static final int LONGEST_QUERY = 50;

    /** An elder to choose: whole name (as in the directory), age, community, masked phones. */
    record ElderChoice(long id, String name, int age, String community, List<String> phones) {
    }

    /** What a search found, and whether there were more than shown. */
    record Found(List<ElderChoice> elders, boolean more) {

        static final Found NOTHING = new Found(List.of(), false);
    }

    /** The case opened, or the problems (at most one per field, keyed by field) and an open emergency's id. */
    record Outcome(CareCase opened, List<String> problems, Long openEmergency) {
    }

    private final Elders elders;
    private final Cases cases;
    private final ConsoleAudit audit;
    private final ConsoleMessages messages;
    private final Clock clock;

    NewCaseDesk(Elders elders, Cases cases, ConsoleAudit audit, ConsoleMessages messages, Clock clock) {
        this.elders = elders;
        this.cases = cases;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    Found search(String query, Agent me) {
        if (query == null || query.isBlank() || query.length() > LONGEST_QUERY) {
            return Found.NOTHING;
        }
        List<Elder> found = elders.search(query.strip(), MOST_RESULTS + 1);
        audit.record(me.getUsername(), Action.VIEW, null, "search", query.strip(), Math.min(found.size(), MOST_RESULTS));
        return new Found(found.stream().limit(MOST_RESULTS).map(this::choice).toList(), found.size() > MOST_RESULTS);
    }

    /** The elder named by the form, when there is one, to show as chosen. */
    Optional<ElderChoice> chosen(NewCaseForm form) {
        return elderId(form).flatMap(this::find).map(this::choice);
    }

    Outcome open(NewCaseForm form, Agent me) {
        List<String> problems = new ArrayList<>();
        ElderId elder = null;
        String phone = null;
        if (form.unknownCaller()) {
            phone = callerPhone(form.callerPhone(), problems);
        } else {
            Optional<Elder> e = elderId(form).flatMap(this::find);
            if (e.isEmpty()) {
                problems.add(messages.get("newCase.invalid.elder"));
            } else {
                elder = e.get().elderId();
            }
        }
        ContactWay way = choice(form.way(), ContactWay.class);
        if (way == null) {
            problems.add(messages.get("newCase.invalid.way"));
        }
        CaseType type = choice(form.type(), CaseType.class);
        if (type == null || !ManualCase.TYPES.contains(type)) {
            problems.add(messages.get("newCase.invalid.type"));
        }
        String note = form.note() == null ? "" : form.note().strip();
        if (note.isEmpty()) {
            problems.add(messages.get("newCase.invalid.note"));
        } else if (note.length() > Cases.MAX_NOTE) {
            problems.add(messages.get("form.tooLong", messages.get("form.field.newCase.note"), Cases.MAX_NOTE, note.length()));
        }
        if (!problems.isEmpty()) {
            return new Outcome(null, problems, null);
        }
        try {
            CareCase c = cases.openByHand(new ManualCase(elder, phone, way, type,
                    choice(form.complaintType(), ComplaintType.class), choice(form.severity(), Severity.class), note,
                    me.getId(), me.getUsername()));
            audit.recordCase(me.getUsername(), Action.CREATE, elder, c.getId(), "caseCreatedByHand", c.getId(),
                    messages.get("case.type." + type), messages.get("way." + way));
            return new Outcome(c, List.of(), null);
        } catch (EmergencyAlreadyOpenException e) {
            return new Outcome(null, List.of(messages.get("newCase.invalid.emergencyOpen", e.openCaseId())), e.openCaseId());
        }
    }

    /** An unregistered caller's number: a real one, and nobody's on record (then the agent should choose that elder). */
    private String callerPhone(String typed, List<String> problems) {
        String s = typed == null ? "" : Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        if (s.isEmpty()) {
            problems.add(messages.get("newCase.invalid.who"));
            return null;
        }
        PhoneNumber number;
        try {
            number = elders.parsePhone(s);
        } catch (InvalidPhoneNumberException e) {
            problems.add(messages.get("newCase.invalid.phone"));
            return null;
        }
        Optional<Caller> known = elders.findByPhone(number.digits());
        if (known.isPresent()) {
            problems.add(messages.get("newCase.invalid.registered",
                    known.get().actsFor().stream().map(e -> MaskedName.of(e.getFullName())).reduce((a, b) -> a + "、" + b)
                            .orElse("")));
            return null;
        }
        return number.digits();
    }

    private ElderChoice choice(Elder e) {
        return new ElderChoice(e.getId(), e.getFullName(), e.ageOn(LocalDate.now(clock)),
                e.getCommunity(), elders.phonesOf(e.elderId()).stream().map(p -> MaskedPhone.of(p.digits())).toList());
    }

    private Optional<ElderId> elderId(NewCaseForm form) {
        String s = form.elderId() == null ? "" : form.elderId().strip();
        return s.matches("[0-9]{1,18}") ? Optional.of(new ElderId(Long.parseLong(s))) : Optional.empty();
    }

    private Optional<Elder> find(ElderId id) {
        try {
            return Optional.of(elders.get(id));
        } catch (NoSuchElementException e) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> E choice(String typed, Class<E> type) {
        String s = typed == null ? "" : typed.strip();
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(s)).findFirst().orElse(null);
    }
}
