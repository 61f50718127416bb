package cn.yinling.hotline.console.admin;

import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.password.PasswordPolicy;
import java.security.Principal;
import java.util.ArrayList;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's account page under {@code /console/admin/}, which only ROLE_ADMIN reaches (see ConsoleSecurity). */
@Controller
class AccountAdminController {

    private final AccountAdministration accounts;
    private final PasswordPolicy passwords;
    private final ConsoleMessages messages;

    AccountAdminController(AccountAdministration accounts, PasswordPolicy passwords, ConsoleMessages messages) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.messages = messages;
    }

    @GetMapping("/console/admin/accounts")
    String list(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("roles", Arrays.asList(AgentRole.values()));
        model.addAttribute("minPasswordLength", passwords.minLength());
        return "console/accounts";
    }

    @PostMapping("/console/admin/accounts")
    String create(NewAccountForm form, Principal principal, RedirectAttributes flash) {
        List<String> problems = new ArrayList<>(form.problems().stream().map(k -> messages.get("account.invalid." + k)).toList());
        problems.addAll(passwordProblems(form.username(), form.password()));
        if (!problems.isEmpty()) {
            flash.addFlashAttribute("problem", String.join(" ", problems));
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

    /** An admin sets a new password for an account (an agent who forgot theirs); the same policy as for a new account. */
    @PostMapping("/console/admin/accounts/{agentId}/password")
    String resetPassword(@PathVariable long agentId, @RequestParam String password, Principal principal,
            RedirectAttributes flash) {
        String username = accounts.username(agentId);
        List<String> problems = passwordProblems(username, password);
        if (!problems.isEmpty()) {
            flash.addFlashAttribute("problem", messages.get("account.passwordRefused", username) + String.join(" ", problems));
            return back();
        }
        accounts.resetPassword(agentId, password, principal.getName());
        flash.addFlashAttribute("done", messages.get("account.passwordReset", username));
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

    private List<String> passwordProblems(String username, String password) {
        return passwords.check(username == null ? null : username.strip(), password).stream()
                .map(p -> messages.get("password.refused." + p, passwords.minLength()))
                .toList();
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
