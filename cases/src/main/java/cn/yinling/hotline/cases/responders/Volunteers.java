package cn.yinling.hotline.cases.responders;

import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.InvalidPhoneNumberException;
import cn.yinling.hotline.cases.elder.PhoneNumber;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The neighbour-help teams (邻里互助) and their members. A member lives in the team's community;
 * their phone is normalised like every number of the record ({@link Elders#parsePhone}) but not
 * registered as an elder's or family member's, so a volunteer who calls the hotline is a stranger
 * to it. Teams and members are deactivated, never deleted, so past call-outs keep their names.
 */
@Service
public class Volunteers {

    /** Column sizes (V19), checked before the database would refuse. */
    public static final int NAME_LENGTH = 50;
    public static final int PLACE_LENGTH = 100;

    private final VolunteerTeamRepository teams;
    private final VolunteerRepository members;
    private final Elders elders;
    private final Clock clock;

    Volunteers(VolunteerTeamRepository teams, VolunteerRepository members, Elders elders, Clock clock) {
        this.teams = teams;
        this.members = members;
        this.elders = elders;
        this.clock = clock;
    }

    /** A phone in any spelling, as the record's numbers are read ({@link Elders#parsePhone}). */
    public PhoneNumber parsePhone(String raw) {
        return elders.parsePhone(raw);
    }

    @Transactional(readOnly = true)
    public List<VolunteerTeam> teams() {
        return teams.findAllByOrderByCommunityAscNameAsc();
    }

    @Transactional(readOnly = true)
    public VolunteerTeam team(long id) {
        return teams.findById(id).orElseThrow(() -> new NoSuchElementException("No volunteer team " + id));
    }

    @Transactional
    public VolunteerTeam createTeam(String name, String community, String area) {
        return teams.save(new VolunteerTeam(text(name, NAME_LENGTH, "name"), text(community, PLACE_LENGTH, "community"),
                optional(area, PLACE_LENGTH, "area"), clock.instant()));
    }

    /** Renames a team or changes where it serves; its members move with it to the new community. */
    @Transactional
    public VolunteerTeam changeTeam(long id, String name, String community, String area) {
        VolunteerTeam t = team(id);
        t.change(text(name, NAME_LENGTH, "name"), text(community, PLACE_LENGTH, "community"),
                optional(area, PLACE_LENGTH, "area"));
        members.findByTeamIdOrderByFullNameAsc(t.getId()).forEach(v -> v.change(v.getFullName(), v.getPhone(),
                t.getCommunity(), v.getBuilding(), v.hours()));
        return t;
    }

    @Transactional
    public VolunteerTeam setTeamActive(long id, boolean active) {
        VolunteerTeam t = team(id);
        t.setActive(active);
        return t;
    }

    @Transactional(readOnly = true)
    public List<Volunteer> members(long teamId) {
        return members.findByTeamIdOrderByFullNameAsc(teamId);
    }

    @Transactional(readOnly = true)
    public Volunteer member(long id) {
        return members.findById(id).orElseThrow(() -> new NoSuchElementException("No volunteer " + id));
    }

    /**
     * @throws InvalidPhoneNumberException    when the phone is no Chinese number
     * @throws InvalidOnCallHoursException    when the hours cannot be read
     */
    @Transactional
    public Volunteer addMember(long teamId, String name, String phone, String building, String hours) {
        VolunteerTeam t = team(teamId);
        return members.save(new Volunteer(t.getId(), text(name, NAME_LENGTH, "name"), elders.parsePhone(phone).digits(),
                t.getCommunity(), optional(building, PLACE_LENGTH, "building"), OnCallHours.parse(hours),
                clock.instant()));
    }

    @Transactional
    public Volunteer changeMember(long id, String name, String phone, String building, String hours) {
        Volunteer v = member(id);
        v.change(text(name, NAME_LENGTH, "name"), elders.parsePhone(phone).digits(), v.getCommunity(),
                optional(building, PLACE_LENGTH, "building"), OnCallHours.parse(hours));
        return v;
    }

    @Transactional
    public Volunteer setMemberActive(long id, boolean active) {
        Volunteer v = member(id);
        v.setActive(active);
        return v;
    }

    /** Active members of active teams who may be chosen for {@code elder}: the elder's community first. */
    @Transactional(readOnly = true)
    public List<Volunteer> nearElder(ElderId elderId) {
        Elder e = elders.get(elderId);
        Map<Long, VolunteerTeam> byId = teams.findAll().stream().collect(Collectors.toMap(VolunteerTeam::getId,
                Function.identity()));
        return members.findByActiveTrueOrderByFullNameAsc().stream()
                .filter(v -> byId.containsKey(v.getTeamId()) && byId.get(v.getTeamId()).isActive())
                .sorted(Comparator.comparing((Volunteer v) -> !v.getCommunity().equals(e.getCommunity()))
                        .thenComparing(Volunteer::getCommunity).thenComparing(Volunteer::getFullName))
                .toList();
    }

    static String text(String value, int longest, String what) {
        if (value == null || value.isBlank() || value.strip().length() > longest) {
            throw new IllegalArgumentException("The " + what + " needs 1 to " + longest + " characters");
        }
        return value.strip();
    }

    private static String optional(String value, int longest, String what) {
        if (value == null || value.isBlank()) {
            return "";
        }
        if (value.strip().length() > longest) {
            throw new IllegalArgumentException("The " + what + " has at most " + longest + " characters");
        }
        return value.strip();
    }
}
