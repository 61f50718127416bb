package cn.yinling.hotline.console.assessment;

import cn.yinling.hotline.cases.agent.AuditEntry.Action;
import cn.yinling.hotline.cases.assessment.AdlAssessments;
import cn.yinling.hotline.cases.assessment.AssessmentKind;
import cn.yinling.hotline.cases.elder.Adl;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.Landing;
import cn.yinling.hotline.console.audit.ConsoleAudit;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A new ADL assessment on an elder's record (the monthly health assessment, a re-assessment after a
 * fall): kept in the history, and the record's ADL when it is the latest. Audited with its result.
 */
@Controller
class AssessmentController {

    /** The typed form; unticked items are not sent. */
    record AssessmentForm(String assessedOn, String kind, String assessor, String notes, Boolean eating,
            Boolean turningOver, Boolean toileting, Boolean dressingAndWashing, Boolean moving) {

        Adl adl() {
            return new Adl(on(eating), on(turningOver), on(toileting), on(dressingAndWashing), on(moving));
        }

        private static boolean on(Boolean b) {
            return Boolean.TRUE.equals(b);
        }
    }

    private final AdlAssessments assessments;
    private final Elders elders;
    private final ConsoleAudit audit;
    private final ConsoleMessages messages;

    AssessmentController(AdlAssessments assessments, Elders elders, ConsoleAudit audit, ConsoleMessages messages) {
        this.assessments = assessments;
        this.elders = elders;
        this.audit = audit;
        this.messages = messages;
    }

    @PostMapping("/console/elders/{elderId}/adl")
    String assess(@PathVariable long elderId, AssessmentForm form, @RequestParam Map<String, String> typed,
            Principal principal, RedirectAttributes flash) {
        ElderId id = new ElderId(elderId);
        LocalDate birth = elders.get(id).getBirthDate();
        LocalDate on;
        try {
            on = form.assessedOn() == null || form.assessedOn().isBlank() ? null : LocalDate.parse(form.assessedOn().strip());
        } catch (DateTimeParseException e) {
            return at(elderId).refused(flash, "adl", typed, "assessedOn",
                    messages.get("intake.problem.adl.DATE_INVALID"));
        }
        AssessmentKind kind = Arrays.stream(AssessmentKind.values()).filter(k -> k.name().equals(form.kind())).findFirst()
                .orElse(null);
        List<AdlAssessments.Problem> problems = assessments.check(on, kind, form.assessor(), form.notes(), birth);
        if (!problems.isEmpty()) {
            return at(elderId).refused(flash, "adl", typed, "", String.join(" ",
                    problems.stream().map(p -> messages.get("intake.problem.adl." + p.name(), "")).toList()));
        }
        Adl adl = form.adl();
        assessments.record(id, on, kind, form.assessor(), adl, form.notes(), principal.getName());
        audit.record(principal.getName(), Action.UPDATE, id, "adlAssessed", on.toString(),
                messages.get("assessment.kind." + kind.name()), form.assessor().strip(), adl.itemsNeedingHelp());
        return at(elderId).done(flash, messages.get(adl.unableToSelfCare() ? "assessment.savedUnable"
                : "assessment.saved", adl.itemsNeedingHelp()));
    }

    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "console/not-found";
    }

    /** The record page's ADL section, where the form and the history are. */
    private static Landing at(long elderId) {
        return Landing.at("/console/elders/" + elderId, "adl");
    }
}
