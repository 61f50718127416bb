package cn.yinling.hotline.console.security;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import java.security.Principal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in agent ({@code me}) into every console page's model for the header. */
@ControllerAdvice(basePackages = "cn.yinling.hotline.console")
class SignedInAgentAdvice {

    private final SignedInAgent signedIn;

    SignedInAgentAdvice(SignedInAgent signedIn) {
        this.signedIn = signedIn;
    }

    @ModelAttribute("me")
    Agent me(Principal principal) {
        return principal == null ? null : signedIn.of(principal);
    }

    @ModelAttribute("admin")
    boolean admin(Principal principal) {
        return principal != null && signedIn.of(principal).getRole() == AgentRole.ADMIN;
    }

    @ModelAttribute("supervisor")
    boolean supervisor(Principal principal) {
        return principal != null && SignedInAgent.supervises(signedIn.of(principal));
    }
}
