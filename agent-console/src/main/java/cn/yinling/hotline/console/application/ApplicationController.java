package cn.yinling.hotline.console.application;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AuditEntry.Action;
import cn.yinling.hotline.cases.application.ApplicantKind;
import cn.yinling.hotline.cases.application.ApplicationActionRefusedException;
import cn.yinling.hotline.cases.application.ApplicationChannel;
import cn.yinling.hotline.cases.application.ApplicationRefusal;
import cn.yinling.hotline.cases.application.ApplicationState;
import cn.yinling.hotline.cases.application.ObjectionRuling;
import cn.yinling.hotline.cases.application.ReviewerRole;
import cn.yinling.hotline.cases.application.VoucherApplication;
import cn.yinling.hotline.cases.application.VoucherApplications;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.FormDraft;
import cn.yinling.hotline.console.Landing;
import cn.yinling.hotline.console.audit.ConsoleAudit;
import cn.yinling.hotline.console.security.SignedInAgent;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Voucher applications on the console. Who may act on a step is the workflow's rule
 * ({@code hotline.application.roles}); the role is always the signed-in account's, and an action
 * the role may not take is answered 403. Every action is audited.
 */
@Controller
class ApplicationController {

    /** The form taking a new application. */
    record NewApplicationForm(String policyCode, String channel, String applicantKind, String applicantName,
            String documents) {
    }

    private final VoucherApplications applications;
    private final ApplicationDesk desk;
    private final SignedInAgent signedIn;
    private final ConsoleAudit audit;
    private final ConsoleMessages messages;

    ApplicationController(VoucherApplications applications, ApplicationDesk desk, SignedInAgent signedIn,
            ConsoleAudit audit, ConsoleMessages messages) {
        this.applications = applications;
        this.desk = desk;
        this.signedIn = signedIn;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/console/applications")
    String list(@RequestParam(required = false) String state, Model model) {
        ApplicationState only = parse(ApplicationState.class, state);
        model.addAttribute("only", only);
        model.addAttribute("states", ApplicationState.values());
        if (only == null) {
            model.addAttribute("groups", desk.open());
        } else {
            model.addAttribute("groups", java.util.Map.of(only, desk.inState(only)));
        }
        return "console/applications";
    }

    @GetMapping("/console/applications/{id}")
    String page(@PathVariable long id, Principal principal, Model model) {
        VoucherApplication a = applications.get(id);
        ReviewerRole role = ApplicationDesk.roleOf(signedIn.of(principal));
        model.addAttribute("app", a);
        model.addAttribute("line", desk.line(a));
        model.addAttribute("history", applications.history(id));
        model.addAttribute(FormDraft.ATTRIBUTE, FormDraft.in(model));
        model.addAttribute("objections", applications.objections(id));
        model.addAttribute("mayAct", applications.mayActOn(a, role));
        model.addAttribute("needed", applications.settings().roleFor(a.getState()).name());
        model.addAttribute("rulings", ObjectionRuling.values());
        return "console/application";
    }

    @PostMapping("/console/elders/{elderId}/applications")
    String submit(@PathVariable long elderId, NewApplicationForm form, @RequestParam Map<String, String> typed,
            Principal principal, RedirectAttributes flash) {
        Agent me = signedIn.of(principal);
        ApplicationChannel channel = parse(ApplicationChannel.class, form.channel());
        ApplicantKind applicant = parse(ApplicantKind.class, form.applicantKind());
        Landing at = Landing.at("/console/elders/" + elderId, "applications");
        if (channel == null || applicant == null) {
            return at.refused(flash, "new-application", typed, "", messages.get("application.refusal.APPLICANT_MISSING"));
        }
        return act(flash, at, "new-application", typed, () -> {
            VoucherApplication a = applications.submit(new ElderId(elderId), form.policyCode(), channel, applicant,
                    form.applicantName(), form.documents(), me.getUsername(), ApplicationDesk.roleOf(me));
            audit.record(me.getUsername(), Action.CREATE, new ElderId(elderId), "applicationSubmitted", a.getId(),
                    form.policyCode());
            flash.addFlashAttribute("done", messages.get("application.submitted", a.getId()));
            return "redirect:/console/applications/" + a.getId();
        });
    }

    @PostMapping("/console/applications/{id}/pass")
    String pass(@PathVariable long id, @RequestParam(required = false) String note,
            @RequestParam Map<String, String> typed, Principal principal, RedirectAttributes flash) {
        Agent me = signedIn.of(principal);
        return act(flash, at(id, "act"), "pass", typed, () -> {
            VoucherApplication a = applications.pass(id, note, me.getUsername(), ApplicationDesk.roleOf(me));
            audited(me, a, "applicationMoved", messages.get("application.state." + a.getState().name()));
            return back(id);
        });
    }

    @PostMapping("/console/applications/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(required = false) String from,
            @RequestParam(required = false) String note, @RequestParam Map<String, String> typed, Principal principal,
            RedirectAttributes flash) {
        Agent me = signedIn.of(principal);
        LocalDate day;
        try {
            day = from == null || from.isBlank() ? null : LocalDate.parse(from.strip());
        } catch (DateTimeParseException e) {
            day = null;
        }
        LocalDate enrolFrom = day;
        return act(flash, at(id, "act"), "approve", typed, () -> {
            VoucherApplication a = applications.approve(id, enrolFrom, note, me.getUsername(), ApplicationDesk.roleOf(me));
            audited(me, a, "applicationApproved", enrolFrom);
            return back(id);
        });
    }

    @PostMapping("/console/applications/{id}/refuse")
    String refuse(@PathVariable long id, @RequestParam(required = false) String reason,
            @RequestParam Map<String, String> typed, Principal principal, RedirectAttributes flash) {
        Agent me = signedIn.of(principal);
        return act(flash, at(id, "act"), "refuse", typed, () -> {
            VoucherApplication a = applications.refuse(id, reason, me.getUsername(), ApplicationDesk.roleOf(me));
            audited(me, a, "applicationRefused", a.getRefusalReason());
            return back(id);
        });
    }

    @PostMapping("/console/applications/{id}/objections")
    String object(@PathVariable long id, @RequestParam(required = false) String objector,
            @RequestParam(required = false) String content, @RequestParam Map<String, String> typed, Principal principal,
            RedirectAttributes flash) {
        Agent me = signedIn.of(principal);
        return act(flash, at(id, "act"), "object", typed, () -> {
            applications.object(id, objector, content, me.getUsername(), ApplicationDesk.roleOf(me));
            audited(me, applications.get(id), "applicationObjection", objector);
            return back(id);
        });
    }

    @PostMapping("/console/applications/{id}/objections/{objectionId}/rule")
    String rule(@PathVariable long id, @PathVariable long objectionId, @RequestParam(required = false) String ruling,
            @RequestParam(required = false) String note, @RequestParam Map<String, String> typed, Principal principal,
            RedirectAttributes flash) {
        Agent me = signedIn.of(principal);
        ObjectionRuling r = parse(ObjectionRuling.class, ruling);
        return act(flash, at(id, "objections"), "rule-" + objectionId, typed, () -> {
            VoucherApplication a = applications.rule(id, objectionId, r, note, me.getUsername(), ApplicationDesk.roleOf(me));
            audited(me, a, "applicationRuling", objectionId, r == null ? "" : messages.get("application.ruling." + r.name()));
            return back(id);
        });
    }

    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "console/not-found";
    }

    /**
     * Runs an action; a refusal is said in the section the form sits in, with the form as typed, except
     * a role refusal, which is 403.
     */
    private String act(RedirectAttributes flash, Landing onRefusal, String form, Map<String, String> typed,
            Supplier<String> action) {
        try {
            return action.get();
        } catch (ApplicationActionRefusedException e) {
            if (e.reason() == ApplicationRefusal.ROLE_REQUIRED) {
                throw new ResponseStatusException(HttpStatus.FORBIDDEN);
            }
            return onRefusal.refused(flash, form, typed, "", messages.get("application.refusal." + e.reason().name()));
        }
    }

    private static Landing at(long id, String section) {
        return Landing.at("/console/applications/" + id, section);
    }

    private void audited(Agent me, VoucherApplication a, String key, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = a.getId();
        System.arraycopy(args, 0, all, 1, args.length);
        audit.record(me.getUsername(), Action.UPDATE, new ElderId(a.getElderId()), key, all);
    }

    private static String back(long id) {
        return "redirect:/console/applications/" + id;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return value == null ? null : Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(value)).findFirst()
                .orElse(null);
    }
}
