package cn.yinling.hotline.console.workspace;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.casework.CaseEvent;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.MaskedPhone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * A case event as an agent reads it: who acted by name (王芳, not {@code agent2}; 来电 139****0000, not
 * {@code voice:13900000000}; 系统 for the hotline's own jobs), and notes that carry codes in words (a
 * wrap-up code's label, "转给 王芳" for a reassignment). What the events store stays as it is.
 */
@Component
class TimelineWording {

    private static final Pattern REASSIGNED_TO = Pattern.compile("→ (\\d+)");
    private static final Pattern CHANNEL_SENDER = Pattern.compile("(voice|wechat|web|console):(.*)");

    private final AgentRepository agents;
    private final ConsoleMessages messages;

    TimelineWording(AgentRepository agents, ConsoleMessages messages) {
        this.agents = agents;
        this.messages = messages;
    }

    String actor(String actor) {
        if (actor == null || actor.isBlank()) {
            return "";
        }
        Matcher m = CHANNEL_SENDER.matcher(actor);
        if (m.matches()) {
            String sender = m.group(2);
            return m.group(1).equals("voice") && sender.matches("\\d{5,}")
                    ? messages.get("actor.voiceCaller", MaskedPhone.of(sender)) : messages.get("actor.channel." + m.group(1));
        }
        if (actor.startsWith("cli:")) {
            return messages.get("actor.cli", actor.substring(4));
        }
        String system = messages.getOr("actor." + actor.replace(':', '.'), null);
        if (system != null) {
            return system;
        }
        return agents.findByUsername(actor).map(Agent::getDisplayName).orElse(actor);
    }

    String note(CaseEvent event) {
        String note = event.getNote();
        if (note == null) {
            return null;
        }
        return switch (event.getKind()) {
            case "CLOSED" -> messages.getOr("wrapup." + note, note);
            case "REASSIGNED" -> {
                Matcher m = REASSIGNED_TO.matcher(note);
                yield m.matches() ? messages.get("event.reassignedTo", agents.findById(Long.parseLong(m.group(1)))
                        .map(Agent::getDisplayName).orElse("#" + m.group(1))) : note;
            }
            default -> note;
        };
    }
}
