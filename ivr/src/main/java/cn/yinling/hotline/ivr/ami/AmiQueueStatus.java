package cn.yinling.hotline.ivr.ami;

import cn.yinling.hotline.ivr.callback.QueueStatus;
import cn.yinling.hotline.ivr.callback.QueueStatusSource;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.asteriskjava.manager.EventTimeoutException;
import org.asteriskjava.manager.ResponseEvents;
import org.asteriskjava.manager.action.QueueStatusAction;
import org.asteriskjava.manager.event.QueueEntryEvent;
import org.asteriskjava.manager.event.QueueMemberEvent;
import org.asteriskjava.manager.event.QueueParamsEvent;
import org.asteriskjava.manager.event.ResponseEvent;
import org.asteriskjava.manager.response.ManagerError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agents' queue, asked of Asterisk with {@code QueueStatus} (any logged-in AMI user may; no
 * extra permission in manager.conf): QueueParams ({@code TalkTime}, the running average talk time),
 * one QueueMember per agent ({@code Status}, {@code Paused}, {@code InCall}) and one QueueEntry per
 * waiting caller ({@code Uniqueid}, {@code Wait}), then QueueStatusComplete.
 */
public class AmiQueueStatus implements QueueStatusSource {

    /** Asterisk answers at once; longer means it is stuck, and a caller is waiting on this answer. */
    static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final Logger log = LoggerFactory.getLogger(AmiQueueStatus.class);

    private final AmiConnection ami;
    private final String queue;

    public AmiQueueStatus(AmiConnection ami, String queue) {
        this.ami = ami;
        this.queue = queue;
    }

    @Override
    public Optional<QueueStatus> now() {
        if (!ami.isConnected()) {
            return Optional.empty();
        }
        QueueStatusAction action = new QueueStatusAction();
        action.setQueue(queue);
        try {
            ResponseEvents answer = ami.query(action, TIMEOUT);
            if (answer.getResponse() instanceof ManagerError error) {
                log.warn("QueueStatus for {} refused: {}", queue, error.getMessage());
                return Optional.empty();
            }
            return Optional.of(read(answer));
        } catch (IOException | EventTimeoutException | RuntimeException e) {
            log.warn("QueueStatus for {} got no answer: {}", queue, e.getMessage());
            return Optional.empty();
        }
    }

    private QueueStatus read(ResponseEvents answer) {
        int talk = 0;
        List<QueueStatus.Entry> entries = new ArrayList<>();
        List<QueueStatus.Member> members = new ArrayList<>();
        for (ResponseEvent e : answer.getEvents()) {
            if (e instanceof QueueParamsEvent p && queue.equals(p.getQueue())) {
                talk = p.getTalkTime() == null ? 0 : p.getTalkTime();
            } else if (e instanceof QueueMemberEvent m && queue.equals(m.getQueue())) {
                members.add(new QueueStatus.Member(m.getName(), m.getStatus() == null ? 0 : m.getStatus(),
                        Boolean.TRUE.equals(m.getPaused()), m.getIncall() != null && m.getIncall() == 1));
            } else if (e instanceof QueueEntryEvent q && queue.equals(q.getQueue())) {
                entries.add(new QueueStatus.Entry(q.getUniqueId(), q.getWait() == null ? 0 : q.getWait()));
            }
        }
        return new QueueStatus(entries, members, talk);
    }
}
