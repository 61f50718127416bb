package cn.yinling.hotline.console.directory;

import cn.yinling.hotline.cases.agent.AuditEntry.Action;
import cn.yinling.hotline.cases.elder.AddressChangeLimitException;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.ElderFlags;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.FamilyContact;
import cn.yinling.hotline.cases.elder.FamilyContactBoundException;
import cn.yinling.hotline.cases.elder.InvalidPhoneNumberException;
import cn.yinling.hotline.cases.elder.LivingSituation;
import cn.yinling.hotline.cases.elder.PhoneNumber;
import cn.yinling.hotline.cases.elder.PhoneNumberTakenException;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.audit.ConsoleAudit;
import cn.yinling.hotline.console.directory.EditableRecord.Contact;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to an elder's record from the directory: numbers, address, living situation and flags,
 * health notes, family contacts. The domain ({@link Elders}) keeps the rules (one owner per number,
 * the yearly address-change limit, bound contacts stay); this class checks the form first and turns
 * every refusal into words for the agent. Each change that happens is audited; a refused one changes
 * nothing, so it is not.
 */
@Service
class RecordEdits {

    static final int MOST_PHONES = 5;

    private final Elders elders;
    private final ConsoleAudit audit;
    private final ConsoleMessages messages;

    RecordEdits(Elders elders, ConsoleAudit audit, ConsoleMessages messages) {
        this.elders = elders;
        this.audit = audit;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    EditableRecord editable(long elderId) {
        ElderId id = new ElderId(elderId);
        Elder e = elders.get(id);
        ElderFlags f = e.getFlags() == null ? ElderFlags.none() : e.getFlags();
        List<Contact> family = elders.familyOf(id).stream()
                .map(c -> new Contact(c.getId(), c.getFullName(), c.getRelation(),
                        elders.phonesOfFamilyContact(c.getId()).stream().findFirst().map(PhoneNumber::digits).orElse(""),
                        c.isNotifyConsent(), c.getWechatOpenid() != null))
                .toList();
        return new EditableRecord(elders.phonesOf(id).stream().map(PhoneNumber::digits).collect(Collectors.joining("\n")),
                e.getAddress(), e.getLivingSituation() == null ? "" : e.getLivingSituation().name(),
                e.getHealthNotes() == null ? "" : e.getHealthNotes(), f.sanwu(), f.dibao(), f.lowIncome(),
                f.priorityVeteran(), f.labourModel(), f.disabled(), family);
    }

    /** What the identity form (name, ID number, household registration, check-in time) starts from. */
    @Transactional(readOnly = true)
    EditableIdentity identity(long elderId) {
        Elder e = elders.get(new ElderId(elderId));
        return new EditableIdentity(e.getFullName(), e.getRegistration().name(),
                e.getCheckinTime() == null ? "" : e.getCheckinTime().toString());
    }

    /** Empty when the numbers were saved; otherwise what to tell the agent. */
    Optional<String> phones(long elderId, String typed, String agent) {
        List<String> raw = PhoneNumber.typedList(typed);
        if (raw.size() > MOST_PHONES) {
            return Optional.of(messages.get("edit.phones.tooMany", MOST_PHONES));
        }
        try {
            List<PhoneNumber> saved = elders.replacePhones(new ElderId(elderId), raw);
            audit.record(agent, Action.UPDATE, new ElderId(elderId), "phones",
                    saved.stream().map(PhoneNumber::digits).collect(Collectors.joining("、")));
            return Optional.empty();
        } catch (InvalidPhoneNumberException e) {
            return Optional.of(messages.get("edit.phone.invalid", firstInvalid(raw)));
        } catch (PhoneNumberTakenException e) {
            return Optional.of(messages.get("edit.phone.taken", e.number().digits()));
        }
    }

    Optional<String> address(long elderId, String address, String agent) {
        if (address == null || address.isBlank() || address.strip().length() > Elders.ADDRESS_LENGTH) {
            return Optional.of(messages.get("edit.address.invalid", Elders.ADDRESS_LENGTH));
        }
        ElderId id = new ElderId(elderId);
        String before = elders.get(id).getAddress();
        try {
            elders.changeAddress(id, address.strip());
        } catch (AddressChangeLimitException e) {
            return Optional.of(messages.get("edit.address.limit", e.limit()));
        }
        if (!before.equals(address.strip())) {
            audit.record(agent, Action.UPDATE, id, "address", before, address.strip());
        }
        return Optional.empty();
    }

    Optional<String> situation(long elderId, String living, ElderFlags flags, String healthNotes, String agent) {
        LivingSituation situation = Arrays.stream(LivingSituation.values()).filter(l -> l.name().equals(living))
                .findFirst().orElse(null);
        if (situation == null) {
            return Optional.of(messages.get("edit.living.invalid"));
        }
        String notes = healthNotes == null || healthNotes.isBlank() ? null : healthNotes.strip();
        if (notes != null && notes.length() > Elders.HEALTH_NOTES_LENGTH) {
            return Optional.of(messages.get("edit.health.tooLong", Elders.HEALTH_NOTES_LENGTH));
        }
        ElderId id = new ElderId(elderId);
        elders.update(id, e -> {
            e.setLivingSituation(situation);
            e.setFlags(flags);
            e.setHealthNotes(notes);
        });
        audit.record(agent, Action.UPDATE, id, "living", messages.get("living." + situation), flagWords(flags));
        return Optional.empty();
    }

    Optional<String> addContact(long elderId, String name, String relation, String phone, boolean consent, String agent) {
        Optional<String> problem = contactProblem(name, relation);
        if (problem.isPresent()) {
            return problem;
        }
        ElderId id = new ElderId(elderId);
        elders.get(id);
        try {
            elders.addFamilyContact(id, name.strip(), relation.strip(), phone, consent);
        } catch (InvalidPhoneNumberException e) {
            return Optional.of(messages.get("edit.phone.invalid", phone.strip()));
        } catch (PhoneNumberTakenException e) {
            return Optional.of(messages.get("edit.phone.taken", e.number().digits()));
        }
        audit.record(agent, Action.CREATE, id, "familyAdded", name.strip(), relation.strip());
        return Optional.empty();
    }

    Optional<String> changeContact(long elderId, long contactId, String name, String relation, String phone,
            boolean consent, String agent) {
        Optional<String> problem = contactProblem(name, relation);
        if (problem.isPresent()) {
            return problem;
        }
        ElderId id = new ElderId(elderId);
        try {
            FamilyContact f = elders.updateFamilyContact(id, contactId, name, relation, phone, consent);
            audit.record(agent, Action.UPDATE, id, "familyChanged", f.getFullName(), f.getRelation(),
                    messages.get(consent ? "edit.consent.yes" : "edit.consent.no"));
            return Optional.empty();
        } catch (InvalidPhoneNumberException e) {
            return Optional.of(messages.get("edit.phone.invalid", phone.strip()));
        } catch (PhoneNumberTakenException e) {
            return Optional.of(messages.get("edit.phone.taken", e.number().digits()));
        }
    }

    Optional<String> removeContact(long elderId, long contactId, String agent) {
        ElderId id = new ElderId(elderId);
        FamilyContact f = elders.familyOf(id).stream().filter(c -> c.getId() == contactId).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No family contact " + contactId));
        try {
            elders.removeFamilyContact(id, contactId);
        } catch (FamilyContactBoundException e) {
            return Optional.of(messages.get("edit.family.bound", f.getFullName()));
        }
        audit.record(agent, Action.UPDATE, id, "familyRemoved", f.getFullName(), f.getRelation());
        return Optional.empty();
    }

    private Optional<String> contactProblem(String name, String relation) {
        if (name == null || name.isBlank() || name.strip().length() > Elders.NAME_LENGTH) {
            return Optional.of(messages.get("edit.family.name", Elders.NAME_LENGTH));
        }
        if (relation == null || relation.isBlank() || relation.strip().length() > Elders.RELATION_LENGTH) {
            return Optional.of(messages.get("edit.family.relation", Elders.RELATION_LENGTH));
        }
        return Optional.empty();
    }

    private String firstInvalid(List<String> raw) {
        return raw.stream().filter(r -> {
            try {
                elders.parsePhone(r);
                return false;
            } catch (InvalidPhoneNumberException e) {
                return true;
            }
        }).findFirst().orElse("");
    }

    private String flagWords(ElderFlags f) {
        List<String> on = new ArrayList<>();
        if (f.sanwu()) {
            on.add(messages.get("flag.sanwu"));
        }
        if (f.dibao()) {
            on.add(messages.get("flag.dibao"));
        }
        if (f.lowIncome()) {
            on.add(messages.get("flag.lowIncome"));
        }
        if (f.priorityVeteran()) {
            on.add(messages.get("flag.priorityVeteran"));
        }
        if (f.labourModel()) {
            on.add(messages.get("flag.labourModel"));
        }
        if (f.disabled()) {
            on.add(messages.get("flag.disabled"));
        }
        return on.isEmpty() ? messages.get("ws.noFlags") : String.join("、", on);
    }
}
