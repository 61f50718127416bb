package cn.yinling.hotline.console.presence;

import cn.yinling.hotline.cases.agent.AgentState;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** An agent sets themself available, busy or away; always the signed-in agent, never one named in the form. */
@Controller
class PresenceController {

    private static final Set<AgentState> CHOOSABLE = EnumSet.of(AgentState.AVAILABLE, AgentState.BUSY, AgentState.AWAY);

    private final Presence presence;

    PresenceController(Presence presence) {
        this.presence = presence;
    }

    @PostMapping("/console/me/state")
    String setState(@RequestParam AgentState state, Principal principal,
            @RequestHeader(name = "Referer", required = false) String referer) {
        if (CHOOSABLE.contains(state)) {
            presence.set(principal.getName(), state);
        }
        return "redirect:" + backTo(referer);
    }

    private static String backTo(String referer) {
        if (referer != null) {
            int at = referer.indexOf("/console/");
            if (at >= 0) {
                return referer.substring(at);
            }
        }
        return "/console/queue";
    }
}
