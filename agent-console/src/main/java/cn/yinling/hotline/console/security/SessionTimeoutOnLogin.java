package cn.yinling.hotline.console.security;

import cn.yinling.hotline.cases.agent.AgentState;
import cn.yinling.hotline.console.ConsoleProperties;
import cn.yinling.hotline.console.presence.Presence;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/**
 * On sign-in: the session gets the console's idle time-out (kept by {@link IdleSessions}; the
 * servlet session's own time-out only frees a session nobody uses at all, as the pages' polls renew
 * it) and the agent becomes available; on sign-out the agent goes offline.
 */
@Component
class SessionTimeoutOnLogin extends SavedRequestAwareAuthenticationSuccessHandler implements LogoutHandler {

    private final ConsoleProperties properties;
    private final Presence presence;
    private final IdleSessions idle;

    SessionTimeoutOnLogin(ConsoleProperties properties, Presence presence, IdleSessions idle) {
        this.properties = properties;
        this.presence = presence;
        this.idle = idle;
        setDefaultTargetUrl("/console/queue");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws ServletException, IOException {
        request.getSession().setMaxInactiveInterval((int) properties.sessionTimeout().toSeconds());
        idle.acted(request.getSession());
        presence.signedIn(authentication.getName());
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null) {
            presence.set(authentication.getName(), AgentState.OFFLINE);
        }
    }
}
