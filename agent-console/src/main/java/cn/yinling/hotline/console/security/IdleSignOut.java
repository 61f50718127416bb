package cn.yinling.hotline.console.security;

import cn.yinling.hotline.cases.agent.AgentState;
import cn.yinling.hotline.console.presence.Presence;
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
 * Ends a console session in which the agent has done nothing for the idle time-out. What counts as
 * doing something: opening a page and every change (any method but GET/HEAD). What does not: GETs
 * of the JSON API and the event streams under {@code /api/}, which the pages send by themselves
 * (the workspace polls its transcript every 2 s, every page listens for screen pops). The next
 * request after the time-out finds the agent signed out and offline: a page goes to the sign-in
 * page with {@code ?idle}, the JSON API answers 401, and the sign-in page says why either way (a
 * flag in the new session, as a poll usually notices first and the page then reloads).
 */
class IdleSignOut extends OncePerRequestFilter {

    static final String NOTICE = IdleSignOut.class.getName() + ".notice";
    private static final Logger log = LoggerFactory.getLogger(IdleSignOut.class);

    private final IdleSessions sessions;
    private final Presence presence;

    IdleSignOut(IdleSessions sessions, Presence presence) {
        this.sessions = sessions;
        this.presence = presence;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return path(request).startsWith("/console/assets/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session == null || signedIn == null || signedIn instanceof AnonymousAuthenticationToken
                || !signedIn.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        if (sessions.idle(session)) {
            signOut(request, response, signedIn.getName(), session);
            return;
        }
        if (isAction(request)) {
            sessions.acted(session);
        }
        chain.doFilter(request, response);
    }

    static boolean isAction(HttpServletRequest request) {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        return !read || !path(request).startsWith("/api/");
    }

    private void signOut(HttpServletRequest request, HttpServletResponse response, String username, HttpSession session)
            throws IOException {
        log.info("Console session of {} signed out after the idle time-out", username);
        presence.set(username, AgentState.OFFLINE);
        SecurityContextHolder.clearContext();
        session.invalidate();
        request.getSession(true).setAttribute(NOTICE, Boolean.TRUE);
        if (path(request).startsWith("/api/")) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            response.sendRedirect(request.getContextPath() + "/login?idle");
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
