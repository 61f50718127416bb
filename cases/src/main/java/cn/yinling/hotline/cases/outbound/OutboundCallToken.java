package cn.yinling.hotline.cases.outbound;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** An issued, not yet used token (by its hash): for which script and which check-in or booking, until when. */
@Entity
class OutboundCallToken {

    @Id
    private String tokenHash;
    private String script;
    private String subject;
    private Instant issuedAt;
    private Instant expiresAt;

    protected OutboundCallToken() {
    }

    boolean isFor(String script, String subject) {
        return this.script.equals(script) && this.subject.equals(subject);
    }
}
