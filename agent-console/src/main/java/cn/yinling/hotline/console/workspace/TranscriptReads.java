package cn.yinling.hotline.console.workspace;

import jakarta.servlet.http.HttpSession;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;

/**
 * Audits reads of a case's transcript through the JSON API once per case and console session: the
 * workspace polls it every two seconds, and an entry per poll would bury everything else in the
 * audit log, while a script reading transcripts case after case still leaves one entry per case.
 */
@Component
class TranscriptReads {

    static final String AUDITED = TranscriptReads.class.getName() + ".audited";

    private final CaseActions actions;

    TranscriptReads(CaseActions actions) {
        this.actions = actions;
    }

    void read(HttpSession session, long caseId, String agent) {
        if (auditedIn(session).add(caseId)) {
            actions.transcriptRead(caseId, agent);
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<Long> auditedIn(HttpSession session) {
        synchronized (WebUtils.getSessionMutex(session)) {
            Object set = session.getAttribute(AUDITED);
            if (set == null) {
                set = ConcurrentHashMap.<Long>newKeySet();
                session.setAttribute(AUDITED, set);
            }
            return (Set<Long>) set;
        }
    }
}
