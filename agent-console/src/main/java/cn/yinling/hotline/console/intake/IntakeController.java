package cn.yinling.hotline.console.intake;

import cn.yinling.hotline.cases.elder.LivingSituation;
import cn.yinling.hotline.cases.elder.Registration;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.Landing;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 新建老人档案: the intake page for every signed-in account (agents take elders in at the desk and on
 * the phone), and the identity correction on an elder's record. A refused form is shown again as
 * typed, with every problem; a saved one opens the new record.
 */
@Controller
class IntakeController {

    private final IntakeDesk desk;
    private final ConsoleMessages messages;

    IntakeController(IntakeDesk desk, ConsoleMessages messages) {
        this.desk = desk;
        this.messages = messages;
    }

    @GetMapping("/console/elders/new")
    String form(Model model) {
        return page(IntakeForm.empty(), List.of(), model);
    }

    @PostMapping("/console/elders/new")
    String register(IntakeForm form, Principal principal, Model model, RedirectAttributes flash) {
        IntakeDesk.Outcome out = desk.register(form, principal.getName());
        if (out.elderId() == null) {
            return page(form, out.problems(), model);
        }
        flash.addFlashAttribute("done", messages.get("intake.created"));
        return "redirect:/console/elders/" + out.elderId().value();
    }

    @PostMapping("/console/elders/{elderId}/identity")
    String correct(@PathVariable long elderId, @RequestParam(defaultValue = "") String fullName,
            @RequestParam(defaultValue = "") String idNumber, @RequestParam(defaultValue = "") String registration,
            @RequestParam(defaultValue = "") String checkinTime, @RequestParam Map<String, String> typed,
            Principal principal, RedirectAttributes flash) {
        List<String> problems = desk.correct(elderId, fullName, idNumber, registration, checkinTime, principal.getName());
        Landing at = Landing.at("/console/elders/" + elderId, "identity");
        if (problems.isEmpty()) {
            return at.done(flash, messages.get("intake.identitySaved"));
        }
        // The new ID number is not kept: it is shown masked only, never typed back into a page.
        Map<String, String> kept = new HashMap<>(typed);
        kept.remove("idNumber");
        return at.refused(flash, "identity", kept, "", String.join(" ", problems));
    }

    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "console/not-found";
    }

    private static String page(IntakeForm form, List<String> problems, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("registrations", Registration.values());
        model.addAttribute("livingSituations", LivingSituation.values());
        return "console/intake";
    }
}
