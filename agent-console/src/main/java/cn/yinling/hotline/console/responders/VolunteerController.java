package cn.yinling.hotline.console.responders;

import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.responders.VolunteerForms.MemberForm;
import cn.yinling.hotline.console.responders.VolunteerForms.TeamForm;
import java.security.Principal;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The neighbour-help teams and their members (邻里互助), for supervisors and admins (the console's
 * security chain guards {@code /console/supervisor/**}). Each form redirects back with what happened.
 */
@Controller
class VolunteerController {

    private static final String TEAMS = "/console/supervisor/volunteers";

    private final VolunteerEdits edits;
    private final ConsoleMessages messages;

    VolunteerController(VolunteerEdits edits, ConsoleMessages messages) {
        this.edits = edits;
        this.messages = messages;
    }

    @GetMapping(TEAMS)
    String teams(Model model) {
        model.addAttribute("teams", edits.teams());
        return "console/volunteers";
    }

    @PostMapping(TEAMS)
    String createTeam(TeamForm form, Principal principal, RedirectAttributes flash) {
        VolunteerEdits.Result r = edits.createTeam(form, principal.getName());
        if (r.problem() != null) {
            flash.addFlashAttribute("problem", r.problem());
            flash.addFlashAttribute("teamForm", form);
            return "redirect:" + TEAMS;
        }
        flash.addFlashAttribute("done", messages.get("vol.teamCreated"));
        return "redirect:" + TEAMS + "/teams/" + r.id();
    }

    @GetMapping(TEAMS + "/teams/{teamId}")
    String team(@PathVariable long teamId, Model model) {
        model.addAttribute("team", edits.team(teamId));
        model.addAttribute("members", edits.members(teamId));
        return "console/volunteer-team";
    }

    @PostMapping(TEAMS + "/teams/{teamId}")
    String changeTeam(@PathVariable long teamId, TeamForm form, Principal principal, RedirectAttributes flash) {
        return toTeam(teamId, edits.changeTeam(teamId, form, principal.getName()), "vol.teamSaved", flash);
    }

    @PostMapping(TEAMS + "/teams/{teamId}/deactivate")
    String deactivateTeam(@PathVariable long teamId, Principal principal, RedirectAttributes flash) {
        edits.setTeamActive(teamId, false, principal.getName());
        return toTeam(teamId, Optional.empty(), "vol.teamDeactivated", flash);
    }

    @PostMapping(TEAMS + "/teams/{teamId}/activate")
    String activateTeam(@PathVariable long teamId, Principal principal, RedirectAttributes flash) {
        edits.setTeamActive(teamId, true, principal.getName());
        return toTeam(teamId, Optional.empty(), "vol.teamActivated", flash);
    }

    @PostMapping(TEAMS + "/teams/{teamId}/members")
    String addMember(@PathVariable long teamId, MemberForm form, Principal principal, RedirectAttributes flash) {
        Optional<String> problem = edits.addMember(teamId, form, principal.getName());
        problem.ifPresent(p -> flash.addFlashAttribute("memberForm", form));
        return toTeam(teamId, problem, "vol.memberAdded", flash);
    }

    @GetMapping(TEAMS + "/members/{memberId}")
    String member(@PathVariable long memberId, Principal principal, Model model) {
        model.addAttribute("member", edits.member(memberId, principal.getName()));
        return "console/volunteer";
    }

    @PostMapping(TEAMS + "/members/{memberId}")
    String changeMember(@PathVariable long memberId, MemberForm form, Principal principal, RedirectAttributes flash) {
        Optional<String> problem = edits.changeMember(memberId, form, principal.getName());
        problem.ifPresentOrElse(p -> flash.addFlashAttribute("problem", p),
                () -> flash.addFlashAttribute("done", messages.get("vol.memberSaved")));
        return "redirect:" + TEAMS + "/members/" + memberId;
    }

    @PostMapping(TEAMS + "/members/{memberId}/deactivate")
    String deactivateMember(@PathVariable long memberId, Principal principal, RedirectAttributes flash) {
        long teamId = edits.setMemberActive(memberId, false, principal.getName());
        return toTeam(teamId, Optional.empty(), "vol.memberDeactivated", flash);
    }

    @PostMapping(TEAMS + "/members/{memberId}/activate")
    String activateMember(@PathVariable long memberId, Principal principal, RedirectAttributes flash) {
        long teamId = edits.setMemberActive(memberId, true, principal.getName());
        return toTeam(teamId, Optional.empty(), "vol.memberActivated", flash);
    }

    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "console/not-found";
    }

    private String toTeam(long teamId, Optional<String> problem, String doneKey, RedirectAttributes flash) {
        problem.ifPresentOrElse(p -> flash.addFlashAttribute("problem", p),
                () -> flash.addFlashAttribute("done", messages.get(doneKey)));
        return "redirect:" + TEAMS + "/teams/" + teamId;
    }
}
