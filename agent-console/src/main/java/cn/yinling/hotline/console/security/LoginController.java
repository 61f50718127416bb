package cn.yinling.hotline.console.security;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.security.web.WebAttributes;

@Controller
class LoginController {

    private final Clock clock;

    LoginController(Clock clock) {
        this.clock = clock;
    }

    /**
     * The sign-in page, with the reason the agent is here: signed out for doing nothing too long (the
     * flag {@link IdleSignOut} leaves in the new session, read once), or locked after too many
     * failures, with how many minutes are left (from the refusal kept in the session, never from the URL).
     */
    @GetMapping("/login")
    String login(@RequestParam(required = false) String locked, HttpSession session, Model model) {
        if (session.getAttribute(IdleSignOut.NOTICE) != null) {
            session.removeAttribute(IdleSignOut.NOTICE);
            model.addAttribute("idle", true);
        }
        if (locked != null) {
            model.addAttribute("locked", true);
            if (session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof SignInLocked refusal) {
                Duration left = Duration.between(clock.instant(), refusal.until());
                model.addAttribute("lockedMinutes", Math.max(1, (left.getSeconds() + 59) / 60));
            }
        }
        return "console/login";
    }

    @GetMapping({"/console", "/console/"})
    String home() {
        return "redirect:/console/queue";
    }
}
