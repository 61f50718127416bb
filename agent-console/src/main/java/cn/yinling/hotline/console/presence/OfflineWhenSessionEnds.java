package cn.yinling.hotline.console.presence;

import cn.yinling.hotline.cases.agent.AgentState;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * An agent who closes the browser sends no more requests, so the idle sign-out (which acts on the
 * next request) never sees them again: when the server ends such a session, the agent is offline,
 * not 空闲 on the team page for the rest of the day. (An agent signed in twice goes offline with the
 * first session to end, and sets their state again in the other.)
 */
@Component
class OfflineWhenSessionEnds implements HttpSessionListener {

    private final Presence presence;

    OfflineWhenSessionEnds(Presence presence) {
        this.presence = presence;
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        Object context = event.getSession().getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (context instanceof SecurityContext sc) {
            Authentication signedIn = sc.getAuthentication();
            if (signedIn != null && signedIn.isAuthenticated()) {
                presence.set(signedIn.getName(), AgentState.OFFLINE);
            }
        }
    }
}
