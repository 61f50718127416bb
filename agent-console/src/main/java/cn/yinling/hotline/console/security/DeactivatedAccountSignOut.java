package cn.yinling.hotline.console.security;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs out a console session whose account has been deactivated since it signed in. Sessions live
 * on the node that signed them in, while an admin may deactivate the account on any node, so each
 * console request asks the shared agent table: the deactivation takes effect at the agent's next
 * click or poll instead of at the session's idle time-out. Pages go to the sign-in page with a
 * notice; the JSON API and the event stream answer 401, as for an expired session.
 */
class DeactivatedAccountSignOut extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DeactivatedAccountSignOut.class);
    private static final String NOTICE_URL = "/login?deactivated";

    private final AgentRepository agents;

    DeactivatedAccountSignOut(AgentRepository agents) {
        this.agents = agents;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || signedIn instanceof AnonymousAuthenticationToken || !signedIn.isAuthenticated()
                || agents.findByUsername(signedIn.getName()).filter(Agent::isActive).isPresent()) {
            chain.doFilter(request, response);
            return;
        }
        log.info("Console session of {} signed out: the account is deactivated", signedIn.getName());
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            response.sendRedirect(request.getContextPath() + NOTICE_URL);
        }
    }
}
