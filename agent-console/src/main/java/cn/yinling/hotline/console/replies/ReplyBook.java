package cn.yinling.hotline.console.replies;

import cn.yinling.hotline.cases.ShortDateTime;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.cannedreply.CannedReply;
import cn.yinling.hotline.cases.cannedreply.CannedReplyRepository;
import cn.yinling.hotline.cases.cannedreply.ReplyVariable;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.security.SignedInAgent;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping canned replies: every agent sees the shared ones and their own; an agent changes only
 * their own, supervisors and admins also the shared ones; nobody another agent's personal ones.
 * Each change returns what is wrong with the form (field → Chinese message), empty when saved.
 */
@Service
class ReplyBook {

    /** Letters, digits, Chinese characters, "-" and "_": what can follow "/" in the reply box. */
    private static final Pattern SHORTCUT = Pattern.compile("[\\p{IsHan}A-Za-z0-9_-]+");

    private final CannedReplyRepository replies;
    private final AgentRepository agents;
    private final ConsoleMessages messages;
    private final ShortDateTime when;
    private final Clock clock;

    ReplyBook(CannedReplyRepository replies, AgentRepository agents, ConsoleMessages messages, ShortDateTime when,
            Clock clock) {
        this.replies = replies;
        this.agents = agents;
        this.messages = messages;
        this.when = when;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<ReplyLine> visibleTo(Agent viewer) {
        Map<String, String> names = new LinkedHashMap<>();
        return replies.visibleTo(viewer.getId()).stream()
                .map(r -> new ReplyLine(r.getId(), r.getShortcut(), r.getTitle(), r.getBody(), r.shared(),
                        mayEdit(viewer, r), when.format(r.getUpdatedAt()),
                        names.computeIfAbsent(r.getUpdatedBy(), this::displayName)))
                .toList();
    }

    /** The replies the agent may insert, shared and own, as stored (variables not yet filled). */
    @Transactional(readOnly = true)
    List<CannedReply> insertableBy(Agent agent) {
        return replies.visibleTo(agent.getId());
    }

    @Transactional
    Map<String, String> create(Agent by, ReplyForm form) {
        if (form.shared() && !SignedInAgent.supervises(by)) {
            throw new AccessDeniedException(by.getUsername() + " may not add shared replies");
        }
        Long owner = form.shared() ? null : by.getId();
        Map<String, String> problems = problems(form, owner, null);
        if (problems.isEmpty()) {
            replies.save(new CannedReply(owner, form.shortcut(), form.title(), form.body(), clock.instant(), by.getUsername()));
        }
        return problems;
    }

    @Transactional
    Map<String, String> update(Agent by, long id, ReplyForm form) {
        CannedReply r = editable(by, id);
        Map<String, String> problems = problems(form, r.getOwnerAgentId(), r.getId());
        if (problems.isEmpty()) {
            r.change(form.shortcut(), form.title(), form.body(), clock.instant(), by.getUsername());
        }
        return problems;
    }

    @Transactional
    String delete(Agent by, long id) {
        CannedReply r = editable(by, id);
        replies.delete(r);
        return r.getShortcut();
    }

    /** The reply as stored, for the edit form; only one the agent may change. */
    @Transactional(readOnly = true)
    ReplyForm formOf(Agent by, long id) {
        CannedReply r = editable(by, id);
        return new ReplyForm(r.getShortcut(), r.getTitle(), r.getBody(), r.shared());
    }

    static boolean mayEdit(Agent agent, CannedReply r) {
        return r.shared() ? SignedInAgent.supervises(agent) : agent.getId().equals(r.getOwnerAgentId());
    }

    private CannedReply editable(Agent by, long id) {
        CannedReply r = replies.findById(id).orElseThrow(() -> new NoSuchElementException("No canned reply " + id));
        if (!mayEdit(by, r)) {
            throw new AccessDeniedException(by.getUsername() + " may not change canned reply " + id);
        }
        return r;
    }

    private Map<String, String> problems(ReplyForm form, Long owner, Long self) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (form.shortcut().isEmpty()) {
            problems.put("shortcut", messages.get("replies.problem.shortcutEmpty"));
        } else if (form.shortcut().length() > CannedReply.MAX_SHORTCUT) {
            problems.put("shortcut", messages.get("replies.problem.tooLong", messages.get("replies.field.shortcut"),
                    CannedReply.MAX_SHORTCUT, form.shortcut().length()));
        } else if (!SHORTCUT.matcher(form.shortcut()).matches()) {
            problems.put("shortcut", messages.get("replies.problem.shortcutChars"));
        } else if (taken(form.shortcut(), owner, self)) {
            problems.put("shortcut", messages.get(owner == null ? "replies.problem.takenShared" : "replies.problem.takenOwn",
                    form.shortcut()));
        }
        if (form.title().isEmpty()) {
            problems.put("title", messages.get("replies.problem.titleEmpty"));
        } else if (form.title().length() > CannedReply.MAX_TITLE) {
            problems.put("title", messages.get("replies.problem.tooLong", messages.get("replies.field.title"),
                    CannedReply.MAX_TITLE, form.title().length()));
        }
        List<String> unknown = ReplyVariable.unknownIn(form.body());
        if (form.body().isEmpty()) {
            problems.put("body", messages.get("replies.problem.bodyEmpty"));
        } else if (form.body().length() > CannedReply.MAX_BODY) {
            problems.put("body", messages.get("replies.problem.tooLong", messages.get("replies.field.body"),
                    CannedReply.MAX_BODY, form.body().length()));
        } else if (!unknown.isEmpty()) {
            problems.put("body", messages.get("replies.problem.unknownVariable",
                    unknown.stream().map(u -> "{" + u + "}").collect(Collectors.joining("、")), variables()));
        }
        return problems;
    }

    /** The variables a reply may use, as the page lists them: {称呼}、{坐席}、{服务}、{时间}. */
    static String variables() {
        return Arrays.stream(ReplyVariable.values()).map(ReplyVariable::placeholder).collect(Collectors.joining("、"));
    }

    private boolean taken(String shortcut, Long owner, Long self) {
        List<CannedReply> same = owner == null ? replies.findByOwnerAgentIdIsNullAndShortcut(shortcut)
                : replies.findByOwnerAgentIdAndShortcut(owner, shortcut);
        return same.stream().anyMatch(r -> !r.getId().equals(self));
    }

    private String displayName(String username) {
        return agents.findByUsername(username).map(Agent::getDisplayName).orElse(username);
    }
}
