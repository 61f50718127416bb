package cn.yinling.hotline.console.admin;

import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.console.ConsoleMessages;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's account page under {@code /console/admin/}, which only ROLE_ADMIN reaches (see ConsoleSecurity). */
@Controller
class AccountAdminController {

    private final AccountAdministration accounts;
    private final ConsoleMessages messages;

    AccountAdminController(AccountAdministration accounts, ConsoleMessages messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/console/admin/accounts")
    String list(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("roles", Arrays.asList(AgentRole.values()));
        return "console/accounts";
    }

    @PostMapping("/console/admin/accounts")
    String create(NewAccountForm form, Principal principal, RedirectAttributes flash) {
        List<String> problems = form.problems();
        if (!problems.isEmpty()) {
            flash.addFlashAttribute("problem",
                    String.join(" ", problems.stream().map(k -> messages.get("account.invalid." + k)).toList()));
            flash.addFlashAttribute("form", form.withoutPassword());
            return back();
        }
        accounts.create(form, principal.getName()).ifPresentOrElse(
                r -> {
                    flash.addFlashAttribute("problem", messages.get("account.refused." + r));
                    flash.addFlashAttribute("form", form.withoutPassword());
                },
                () -> flash.addFlashAttribute("done", messages.get("account.created", form.username().strip())));
        return back();
    }

    @PostMapping("/console/admin/accounts/{agentId}/deactivate")
    String deactivate(@PathVariable long agentId, Principal principal, RedirectAttributes flash) {
        return setActive(agentId, false, principal, flash);
    }

    @PostMapping("/console/admin/accounts/{agentId}/activate")
    String activate(@PathVariable long agentId, Principal principal, RedirectAttributes flash) {
        return setActive(agentId, true, principal, flash);
    }

    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "console/not-found";
    }

    private String setActive(long agentId, boolean active, Principal principal, RedirectAttributes flash) {
        accounts.setActive(agentId, active, principal.getName()).ifPresentOrElse(
                r -> flash.addFlashAttribute("problem", messages.get("account.refused." + r)),
                () -> flash.addFlashAttribute("done", messages.get(active ? "account.activated" : "account.deactivated")));
        return back();
    }

    private static String back() {
        return "redirect:/console/admin/accounts";
    }
}
