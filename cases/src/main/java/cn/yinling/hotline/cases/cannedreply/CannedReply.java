package cn.yinling.hotline.cases.cannedreply;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * A canned reply (快捷回复): a short text agents insert into a chat reply, shared by the centre
 * ({@code ownerAgentId} null) or one agent's own. The body may carry the variables of
 * {@link ReplyVariable}; who may change which reply is the console's rule.
 */
@Entity
public class CannedReply {

    public static final int MAX_SHORTCUT = 20;
    public static final int MAX_TITLE = 40;
    public static final int MAX_BODY = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long ownerAgentId;
    private String shortcut;
    private String title;
    private String body;
    private Instant updatedAt;
    private String updatedBy;

    protected CannedReply() {
    }

    public CannedReply(Long ownerAgentId, String shortcut, String title, String body, Instant at, String by) {
        this.ownerAgentId = ownerAgentId;
        change(shortcut, title, body, at, by);
    }

    public void change(String shortcut, String title, String body, Instant at, String by) {
        this.shortcut = shortcut;
        this.title = title;
        this.body = body;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public boolean shared() {
        return ownerAgentId == null;
    }

    public Long getId() {
        return id;
    }

    public Long getOwnerAgentId() {
        return ownerAgentId;
    }

    public String getShortcut() {
        return shortcut;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
