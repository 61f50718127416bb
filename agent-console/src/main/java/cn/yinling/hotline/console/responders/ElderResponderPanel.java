package cn.yinling.hotline.console.responders;

import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.FamilyContact;
import cn.yinling.hotline.cases.elder.PersonalNumbers;
import cn.yinling.hotline.cases.responders.ResponderLine;
import cn.yinling.hotline.cases.responders.Responders;
import cn.yinling.hotline.cases.responders.Volunteer;
import cn.yinling.hotline.cases.responders.Volunteers;
import cn.yinling.hotline.console.ConsoleMessages;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The responder section of an elder's record page ({@code console/elder-responders.html}): the list in
 * calling order with phones partly hidden, and who may be added (family contacts not on it yet,
 * active volunteers with the elder's community first). Public, with public views, because the
 * template reads it as a bean ({@code ${@elderResponderPanel.of(id)}}), which keeps the record page's
 * controller untouched.
 */
@Component("elderResponderPanel")
public class ElderResponderPanel {

    private final Responders responders;
    private final Volunteers volunteers;
    private final Elders elders;
    private final ConsoleMessages messages;

    ElderResponderPanel(Responders responders, Volunteers volunteers, Elders elders, ConsoleMessages messages) {
        this.responders = responders;
        this.volunteers = volunteers;
        this.elders = elders;
        this.messages = messages;
    }

    public Panel of(long elderId) {
        ElderId id = new ElderId(elderId);
        List<ResponderLine> lines = responders.of(id);
        Set<Long> listedFamily = lines.stream().map(ResponderLine::familyContactId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<Long> listedVolunteers = lines.stream().map(ResponderLine::volunteerId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<Line> shown = lines.stream().map(l -> new Line(l.id(), l.position(), l.name(), l.relation(),
                messages.get("resp.kind." + l.kind()), l.phone() == null ? "" : PersonalNumbers.phoneAnswer(l.phone()),
                l.hours().anyTime() ? messages.get("vol.anyTime") : l.hours().text(), problem(l), l.position() == 1,
                l.position() == lines.size())).toList();
        List<Choice> family = elders.familyOf(id).stream().filter(f -> !listedFamily.contains(f.getId()))
                .map(f -> new Choice(f.getId(), label(f))).toList();
        String community = elders.get(id).getCommunity();
        List<Choice> nearby = volunteers.nearElder(id).stream()
                .filter(v -> !listedVolunteers.contains(v.getId()))
                .map(v -> new Choice(v.getId(), label(v, community))).toList();
        return new Panel(shown, family, nearby);
    }

    private String problem(ResponderLine l) {
        if (!l.available()) {
            return messages.get("resp.unavailable");
        }
        return l.phone() == null ? messages.get("resp.noPhone") : "";
    }

    private String label(FamilyContact f) {
        return f.getFullName() + "（" + f.getRelation() + "）";
    }

    private String label(Volunteer v, String elderCommunity) {
        String hours = v.hours().anyTime() ? messages.get("vol.anyTime") : v.hours().text();
        String where = v.getCommunity().equals(elderCommunity) ? v.getBuilding() : v.getCommunity() + " " + v.getBuilding();
        return v.getFullName() + "（" + where.strip() + "，" + hours + "）";
    }

    /** What the section shows. */
    public record Panel(List<Line> lines, List<Choice> family, List<Choice> volunteers) {
    }

    /** One responder: phone partly hidden. */
    public record Line(long id, int position, String name, String relation, String kindLabel, String maskedPhone,
            String hours, String problem, boolean first, boolean last) {
    }

    /** Someone who may be added. */
    public record Choice(long id, String label) {
    }
}
