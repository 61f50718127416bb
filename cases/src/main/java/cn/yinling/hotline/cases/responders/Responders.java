package cn.yinling.hotline.cases.responders;

import cn.yinling.hotline.cases.CaseTexts;
import cn.yinling.hotline.cases.CasesProperties;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.FamilyContact;
import cn.yinling.hotline.cases.elder.InvalidPhoneNumberException;
import cn.yinling.hotline.cases.elder.PhoneNumber;
import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each elder's ordered list of responders: family contacts, the community worker, neighbour-help
 * volunteers, called one after another in an emergency until one comes ({@link CallOuts}). Positions
 * are always 1…n; a person is on an elder's list at most once.
 */
@Service
public class Responders {

    private final ResponderRepository responders;
    private final Elders elders;
    private final VolunteerRepository volunteers;
    private final VolunteerTeamRepository teams;
    private final ResponderProperties properties;
    private final CasesProperties casesProperties;
    private final Clock clock;

    Responders(ResponderRepository responders, Elders elders, VolunteerRepository volunteers,
            VolunteerTeamRepository teams, ResponderProperties properties, CasesProperties casesProperties, Clock clock) {
        this.responders = responders;
        this.elders = elders;
        this.volunteers = volunteers;
        this.teams = teams;
        this.properties = properties;
        this.casesProperties = casesProperties;
        this.clock = clock;
    }

    /**
     * What the responders of every elder who has any would be told about them (no words said): the
     * voice side renders names and addresses from these ahead of any emergency.
     */
    @Transactional(readOnly = true)
    public List<ResponderNotice> noticesAhead() {
        return responders.elderIds().stream().map(id -> ResponderNotice.about(elders.get(new ElderId(id)), null)).toList();
    }

    /** The elder's responders in calling order. */
    @Transactional(readOnly = true)
    public List<ResponderLine> of(ElderId elderId) {
        Map<Long, FamilyContact> family = elders.familyOf(elderId).stream()
                .collect(Collectors.toMap(FamilyContact::getId, Function.identity()));
        List<ResponderLine> lines = new ArrayList<>();
        for (Responder r : responders.findByElderIdOrderByPositionAscIdAsc(elderId.value())) {
            lines.add(switch (r.getKind()) {
                case FAMILY -> {
                    FamilyContact f = family.get(r.getFamilyContactId());
                    String phone = elders.phonesOfFamilyContact(f.getId()).stream().findFirst().map(PhoneNumber::digits)
                            .orElse(null);
                    yield new ResponderLine(r.getId(), r.getPosition(), r.getKind(), f.getFullName(), f.getRelation(),
                            phone, r.hours(), true, null, f.getId());
                }
                case COMMUNITY_WORKER -> new ResponderLine(r.getId(), r.getPosition(), r.getKind(), r.getFullName(),
                        CaseTexts.text("responder.communityWorker"), r.getPhone(), r.hours(), true, null, null);
                case VOLUNTEER -> {
                    Volunteer v = volunteers.findById(r.getVolunteerId()).orElseThrow();
                    VolunteerTeam t = teams.findById(v.getTeamId()).orElseThrow();
                    yield new ResponderLine(r.getId(), r.getPosition(), r.getKind(), v.getFullName(),
                            CaseTexts.text("responder.volunteerOf", t.getName()), v.getPhone(), v.hours(),
                            v.isActive() && t.isActive(), v.getId(), null);
                }
            });
        }
        return lines;
    }

    /**
     * Adds one of the elder's family contacts, to be called within {@code hours}.
     *
     * @throws AlreadyResponderException when they are on the list already
     */
    @Transactional
    public Responder addFamily(ElderId elderId, long contactId, String hours) {
        FamilyContact f = elders.familyOf(elderId).stream().filter(c -> c.getId() == contactId).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No family contact " + contactId + " of " + elderId));
        List<Responder> list = list(elderId);
        if (list.stream().anyMatch(r -> f.getId().equals(r.getFamilyContactId()))) {
            throw new AlreadyResponderException(f.getFullName());
        }
        return responders.save(Responder.family(elderId.value(), list.size() + 1, f.getId(), OnCallHours.parse(hours)));
    }

    /**
     * Adds the community worker (or another person of the community office) by name and phone.
     *
     * @throws InvalidPhoneNumberException when the phone is no Chinese number
     * @throws AlreadyResponderException   when that number is on the list already
     */
    @Transactional
    public Responder addCommunityWorker(ElderId elderId, String name, String phone, String hours) {
        String n = Volunteers.text(name, Volunteers.NAME_LENGTH, "name");
        String digits = elders.parsePhone(phone).digits();
        OnCallHours h = OnCallHours.parse(hours);
        List<Responder> list = list(elderId);
        if (list.stream().anyMatch(r -> digits.equals(r.getPhone()))) {
            throw new AlreadyResponderException(n);
        }
        return responders.save(Responder.communityWorker(elderId.value(), list.size() + 1, n, digits, h));
    }

    /** Adds an active volunteer of an active team; they are called within their own hours on call. */
    @Transactional
    public Responder addVolunteer(ElderId elderId, long volunteerId) {
        Volunteer v = volunteers.findById(volunteerId).filter(Volunteer::isActive)
                .filter(x -> teams.findById(x.getTeamId()).map(VolunteerTeam::isActive).orElse(false))
                .orElseThrow(() -> new NoSuchElementException("No active volunteer " + volunteerId));
        List<Responder> list = list(elderId);
        if (list.stream().anyMatch(r -> v.getId().equals(r.getVolunteerId()))) {
            throw new AlreadyResponderException(v.getFullName());
        }
        return responders.save(Responder.volunteer(elderId.value(), list.size() + 1, v.getId()));
    }

    /**
     * Moves a responder one place earlier ({@code -1}) or later ({@code +1}) in the calling order.
     *
     * @return the responder's line, to say who moved
     */
    @Transactional
    public ResponderLine move(ElderId elderId, long responderId, int by) {
        List<Responder> list = new ArrayList<>(list(elderId));
        int at = indexOf(list, responderId);
        int to = Math.max(0, Math.min(list.size() - 1, at + Integer.signum(by)));
        list.add(to, list.remove(at));
        renumber(list);
        return line(elderId, responderId);
    }

    /** Takes a responder off the list; the others close up. Returns who was removed. */
    @Transactional
    public ResponderLine remove(ElderId elderId, long responderId) {
        List<Responder> list = new ArrayList<>(list(elderId));
        ResponderLine removed = line(elderId, responderId);
        responders.delete(list.remove(indexOf(list, responderId)));
        responders.flush();
        renumber(list);
        return removed;
    }

    /**
     * Who will hear of an emergency of {@code elderId} beyond the agents: family (responders to call,
     * or family members bound on WeChat who agreed to notices) and the community (the community worker
     * or volunteers to call). What the caller is told must be no more than this.
     */
    @Transactional(readOnly = true)
    public AlertedContacts alertedOnEmergency(ElderId elderId) {
        boolean wechatFamily = elders.familyOf(elderId).stream()
                .anyMatch(f -> f.getWechatOpenid() != null && f.isNotifyConsent());
        if (!properties.enabled()) {
            return new AlertedContacts(wechatFamily, false);
        }
        LocalTime now = clock.instant().atZone(casesProperties.zone()).toLocalTime();
        List<ResponderLine> callable = of(elderId).stream()
                .filter(r -> r.available() && r.phone() != null && r.hours().covers(now)).toList();
        return new AlertedContacts(wechatFamily || callable.stream().anyMatch(r -> r.kind() == ResponderKind.FAMILY),
                callable.stream().anyMatch(r -> r.kind() != ResponderKind.FAMILY));
    }

    private ResponderLine line(ElderId elderId, long responderId) {
        Optional<ResponderLine> line = of(elderId).stream().filter(l -> l.id() == responderId).findFirst();
        return line.orElseThrow(() -> new NoSuchElementException("No responder " + responderId + " of " + elderId));
    }

    private List<Responder> list(ElderId elderId) {
        elders.get(elderId);
        return responders.findByElderIdOrderByPositionAscIdAsc(elderId.value());
    }

    private static int indexOf(List<Responder> list, long responderId) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).getId() == responderId) {
                return i;
            }
        }
        throw new NoSuchElementException("No responder " + responderId);
    }

    private static void renumber(List<Responder> list) {
        for (int i = 0; i < list.size(); i++) {
            list.get(i).moveTo(i + 1);
        }
    }
}
