package cn.yinling.hotline.console.responders;

import cn.yinling.hotline.cases.agent.AuditEntry.Action;
import cn.yinling.hotline.cases.elder.InvalidPhoneNumberException;
import cn.yinling.hotline.cases.elder.PersonalNumbers;
import cn.yinling.hotline.cases.responders.InvalidOnCallHoursException;
import cn.yinling.hotline.cases.responders.OnCallHours;
import cn.yinling.hotline.cases.responders.Volunteer;
import cn.yinling.hotline.cases.responders.VolunteerTeam;
import cn.yinling.hotline.cases.responders.Volunteers;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.audit.ConsoleAudit;
import cn.yinling.hotline.console.responders.VolunteerForms.MemberForm;
import cn.yinling.hotline.console.responders.VolunteerForms.TeamForm;
import cn.yinling.hotline.console.responders.VolunteerRows.MemberPage;
import cn.yinling.hotline.console.responders.VolunteerRows.MemberRow;
import cn.yinling.hotline.console.responders.VolunteerRows.TeamRow;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The volunteer pages' reads and changes. Each form is checked here first, so the supervisor reads
 * every refusal in Chinese; the domain ({@link Volunteers}) keeps its own checks. Every change that
 * happens is audited, and so is opening a member's page (it shows the whole phone number).
 */
@Service
class VolunteerEdits {

    private final Volunteers volunteers;
    private final ConsoleAudit audit;
    private final ConsoleMessages messages;

    VolunteerEdits(Volunteers volunteers, ConsoleAudit audit, ConsoleMessages messages) {
        this.volunteers = volunteers;
        this.audit = audit;
        this.messages = messages;
    }

    List<TeamRow> teams() {
        return volunteers.teams().stream().map(t -> new TeamRow(t.getId(), t.getName(), t.getCommunity(), t.getArea(),
                t.isActive(), volunteers.members(t.getId()).size())).toList();
    }

    TeamRow team(long id) {
        VolunteerTeam t = volunteers.team(id);
        return new TeamRow(t.getId(), t.getName(), t.getCommunity(), t.getArea(), t.isActive(),
                volunteers.members(id).size());
    }

    List<MemberRow> members(long teamId) {
        return volunteers.members(teamId).stream().map(v -> new MemberRow(v.getId(), v.getFullName(),
                PersonalNumbers.phoneAnswer(v.getPhone()), v.getBuilding(), hours(v.hours()), v.isActive(),
                v.getAcceptedCount(), v.getDeclinedCount(), v.getNoAnswerCount())).toList();
    }

    /** A member's page, with the whole phone: audited. */
    MemberPage member(long id, String agent) {
        Volunteer v = volunteers.member(id);
        VolunteerTeam t = volunteers.team(v.getTeamId());
        audit.record(agent, Action.VIEW, null, "volunteerViewed", v.getFullName());
        return new MemberPage(v.getId(), t.getId(), t.getName(), v.getFullName(), v.getPhone(), v.getBuilding(),
                v.hours().text(), v.isActive());
    }

    /** The team's id when created; otherwise what to tell the supervisor. */
    Result createTeam(TeamForm form, String agent) {
        Optional<String> problem = teamProblem(form);
        if (problem.isPresent()) {
            return Result.refused(problem.get());
        }
        VolunteerTeam t = volunteers.createTeam(form.name(), form.community(), form.area());
        audit.record(agent, Action.CREATE, null, "volunteerTeamCreated", t.getName(), t.getCommunity());
        return Result.done(t.getId());
    }

    Optional<String> changeTeam(long id, TeamForm form, String agent) {
        volunteers.team(id);
        Optional<String> problem = teamProblem(form);
        if (problem.isEmpty()) {
            VolunteerTeam t = volunteers.changeTeam(id, form.name(), form.community(), form.area());
            audit.record(agent, Action.UPDATE, null, "volunteerTeamChanged", t.getName(), t.getCommunity());
        }
        return problem;
    }

    void setTeamActive(long id, boolean active, String agent) {
        VolunteerTeam t = volunteers.setTeamActive(id, active);
        audit.record(agent, Action.UPDATE, null, active ? "volunteerTeamActivated" : "volunteerTeamDeactivated",
                t.getName());
    }

    Optional<String> addMember(long teamId, MemberForm form, String agent) {
        volunteers.team(teamId);
        Optional<String> problem = memberProblem(form);
        if (problem.isEmpty()) {
            Volunteer v = volunteers.addMember(teamId, form.name(), form.phone(), form.building(), form.hours());
            audit.record(agent, Action.CREATE, null, "volunteerAdded", v.getFullName(), volunteers.team(teamId).getName());
        }
        return problem;
    }

    Optional<String> changeMember(long id, MemberForm form, String agent) {
        Volunteer before = volunteers.member(id);
        Optional<String> problem = memberProblem(form);
        if (problem.isEmpty()) {
            Volunteer v = volunteers.changeMember(id, form.name(), form.phone(), form.building(), form.hours());
            audit.record(agent, Action.UPDATE, null, "volunteerChanged", v.getFullName(),
                    volunteers.team(before.getTeamId()).getName());
        }
        return problem;
    }

    long setMemberActive(long id, boolean active, String agent) {
        Volunteer v = volunteers.setMemberActive(id, active);
        audit.record(agent, Action.UPDATE, null, active ? "volunteerActivated" : "volunteerDeactivated", v.getFullName());
        return v.getTeamId();
    }

    private Optional<String> teamProblem(TeamForm f) {
        if (blankOrLonger(f.name(), Volunteers.NAME_LENGTH)) {
            return Optional.of(messages.get("vol.problem.teamName", Volunteers.NAME_LENGTH));
        }
        if (blankOrLonger(f.community(), Volunteers.PLACE_LENGTH)) {
            return Optional.of(messages.get("vol.problem.community", Volunteers.PLACE_LENGTH));
        }
        if (f.area() != null && f.area().strip().length() > Volunteers.PLACE_LENGTH) {
            return Optional.of(messages.get("vol.problem.area", Volunteers.PLACE_LENGTH));
        }
        return Optional.empty();
    }

    private Optional<String> memberProblem(MemberForm f) {
        if (blankOrLonger(f.name(), Volunteers.NAME_LENGTH)) {
            return Optional.of(messages.get("vol.problem.name", Volunteers.NAME_LENGTH));
        }
        if (f.building() != null && f.building().strip().length() > Volunteers.PLACE_LENGTH) {
            return Optional.of(messages.get("vol.problem.building", Volunteers.PLACE_LENGTH));
        }
        return phoneOrHoursProblem(f.phone(), f.hours());
    }

    private Optional<String> phoneOrHoursProblem(String phone, String hours) {
        try {
            volunteersParse(phone);
        } catch (InvalidPhoneNumberException e) {
            return Optional.of(messages.get("edit.phone.invalid", phone == null ? "" : phone.strip()));
        }
        try {
            OnCallHours.parse(hours);
        } catch (InvalidOnCallHoursException e) {
            return Optional.of(messages.get("vol.problem.hours", hours.strip()));
        }
        return Optional.empty();
    }

    private void volunteersParse(String phone) {
        if (phone == null || phone.isBlank()) {
            throw new InvalidPhoneNumberException(phone);
        }
        volunteers.parsePhone(phone);
    }

    private String hours(OnCallHours h) {
        return h.anyTime() ? messages.get("vol.anyTime") : h.text();
    }

    private static boolean blankOrLonger(String s, int longest) {
        return s == null || s.isBlank() || s.strip().length() > longest;
    }

    /** A created record's id, or the problem that kept it from being created. */
    record Result(Long id, String problem) {

        static Result done(long id) {
            return new Result(id, null);
        }

        static Result refused(String problem) {
            return new Result(null, problem);
        }
    }
}
