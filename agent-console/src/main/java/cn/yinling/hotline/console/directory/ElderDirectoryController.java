package cn.yinling.hotline.console.directory;

import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.FormDraft;
import cn.yinling.hotline.console.application.ApplicationDesk;
import cn.yinling.hotline.cases.assessment.AdlAssessments;
import cn.yinling.hotline.cases.assessment.AssessmentKind;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.LivingSituation;
import cn.yinling.hotline.cases.elder.Registration;
import cn.yinling.hotline.cases.eligibility.Enrolments;
import cn.yinling.hotline.cases.eligibility.OverrideEffect;
import cn.yinling.hotline.cases.eligibility.Trigger;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The elder directory's search page and an elder's record, for every signed-in account. */
@Controller
class ElderDirectoryController {

    private final ElderDirectory directory;
    private final RecordEdits edits;
    private final ConsoleMessages messages;
    private final AdlAssessments assessments;
    private final Enrolments enrolments;
    private final ApplicationDesk applications;

    ElderDirectoryController(ElderDirectory directory, RecordEdits edits, ConsoleMessages messages,
            AdlAssessments assessments, Enrolments enrolments, ApplicationDesk applications) {
        this.enrolments = enrolments;
        this.directory = directory;
        this.edits = edits;
        this.messages = messages;
        this.assessments = assessments;
        this.applications = applications;
    }

    @GetMapping("/console/elders")
    String search(@RequestParam(name = "q", required = false) String query, Principal principal, Model model) {
        model.addAttribute("q", query == null ? "" : query);
        model.addAttribute("searched", query != null && !query.isBlank());
        ElderDirectory.Found found = directory.search(query, principal.getName());
        model.addAttribute("elders", found.elders());
        model.addAttribute("more", found.more());
        return "console/elders";
    }

    @GetMapping("/console/elders/{elderId}")
    String record(@PathVariable long elderId, Principal principal, Model model) {
        model.addAttribute("elder", directory.open(elderId, principal.getName()).orElseThrow());
        model.addAttribute("cases", directory.casesOf(elderId));
        model.addAttribute("edit", edits.editable(elderId));
        model.addAttribute(FormDraft.ATTRIBUTE, FormDraft.in(model));
        model.addAttribute("livingSituations", Arrays.asList(LivingSituation.values()));
        model.addAttribute("identity", edits.identity(elderId));
        model.addAttribute("registrations", Registration.values());
        model.addAttribute("assessments", assessments.history(new ElderId(elderId)));
        model.addAttribute("assessmentKinds", AssessmentKind.values());
        model.addAttribute("enrolments", enrolments.history(new ElderId(elderId)));
        model.addAttribute("enrolmentOverrides", enrolments.overrides(new ElderId(elderId)));
        model.addAttribute("overridePolicies", enrolments.policies());
        model.addAttribute("overrideEffects", OverrideEffect.values());
        model.addAttribute("enrolTriggers", Arrays.stream(Trigger.values()).map(Trigger::name).toList());
        model.addAttribute("applications", applications.ofElder(elderId));
        model.addAttribute("applicationPolicies", applications.policies());
        return "console/elder";
    }

    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("q", "");
        model.addAttribute("searched", false);
        model.addAttribute("elders", List.of());
        model.addAttribute("problem", messages.get("dir.notFound"));
        return "console/elders";
    }
}
