package cn.yinling.hotline.console.responders;

import cn.yinling.hotline.cases.CasesProperties;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CaseType;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.responders.CallOut;
import cn.yinling.hotline.cases.responders.CallOutProgress;
import cn.yinling.hotline.cases.responders.CallOutState;
import cn.yinling.hotline.cases.responders.CallOuts;
import cn.yinling.hotline.cases.responders.CallState;
import cn.yinling.hotline.cases.responders.ResponderCall;
import cn.yinling.hotline.cases.responders.Responders;
import cn.yinling.hotline.console.ConsoleMessages;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The responders' section of an emergency case page ({@code console/case-responders.html}): whom to
 * call, with whole phone numbers (the case page's view is audited), and the automatic call-out's
 * progress — who is being called, who declined or did not answer, who accepted — or, loudly, that
 * nobody accepted or that the call-out could not be placed. Public, with public views, because the
 * template reads it as a bean, which keeps the workspace's controller untouched.
 */
@Component("caseResponderPanel")
public class CaseResponderPanel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Cases cases;
    private final CallOuts callOuts;
    private final Responders responders;
    private final ConsoleMessages messages;
    private final CasesProperties properties;

    CaseResponderPanel(Cases cases, CallOuts callOuts, Responders responders, ConsoleMessages messages,
            CasesProperties properties) {
        this.cases = cases;
        this.callOuts = callOuts;
        this.responders = responders;
        this.messages = messages;
        this.properties = properties;
    }

    public Panel of(long caseId) {
        CareCase k = cases.get(caseId);
        if (k.getType() != CaseType.EMERGENCY || k.getElderId() == null) {
            return Panel.HIDDEN;
        }
        Optional<CallOutProgress> progress = callOuts.ofCase(caseId);
        if (progress.isPresent()) {
            CallOut o = progress.get().callOut();
            List<Line> lines = progress.get().calls().stream().map(this::line).toList();
            String alarm = o.getState() == CallOutState.EXHAUSTED ? messages.get("resp.case.state.EXHAUSTED")
                    : o.getStalledAt() != null && !o.getState().isOver() ? messages.get("resp.case.noDialer") : null;
            boolean stalled = o.getStalledAt() != null && !o.getState().isOver();
            return new Panel(true, lines, stalled ? "" : messages.get("resp.case.state." + o.getState()), alarm,
                    o.getState() == CallOutState.ACCEPTED, o.getState().isOver());
        }
        List<Line> listed = responders.of(new ElderId(k.getElderId())).stream()
                .map(r -> new Line(r.name(), r.relation(), r.phone() == null ? "" : r.phone(), "", "", false, false))
                .toList();
        return new Panel(true, listed, listed.isEmpty() ? messages.get("resp.case.noneListed")
                : messages.get("resp.case.notStarted"), null, false, listed.isEmpty() || !k.getStatus().isOpen());
    }

    private Line line(ResponderCall c) {
        String state = messages.get("resp.call." + c.getState());
        if (c.getState() == CallState.SKIPPED && c.getOutcome() != null) {
            state = state + "（" + messages.getOr("resp.call.skip." + c.getOutcome(), c.getOutcome()) + "）";
        }
        Instant at = c.getEndedAt() != null ? c.getEndedAt() : c.getCalledAt();
        return new Line(c.getFullName(), c.getRelation(), c.getPhone() == null ? "" : c.getPhone(), state,
                at == null ? "" : WHEN.format(at.atZone(properties.zone())), c.getState() == CallState.CALLING,
                c.getState() == CallState.ACCEPTED);
    }

    /**
     * What the section shows; {@code alarm} is said loudly (nobody accepted, or no dialer); {@code over}
     * when nothing will change any more (the page stops asking).
     */
    public record Panel(boolean shown, List<Line> lines, String status, String alarm, boolean accepted, boolean over) {

        static final Panel HIDDEN = new Panel(false, List.of(), "", null, false, true);

        /** The same without names or numbers, for the page's refresh: where each line stands, in order. */
        Progress progress() {
            return new Progress(status, alarm, accepted, over, lines.stream()
                    .map(l -> new Progress.Step(l.state(), l.at(), l.calling(), l.accepted())).toList());
        }
    }

    /** The call-out's progress as the page refreshes it (no personal data: the page has the names and numbers). */
    record Progress(String status, String alarm, boolean accepted, boolean over, List<Step> steps) {

        record Step(String state, String at, boolean calling, boolean accepted) {
        }
    }

    /** One responder with the whole phone (to call by hand) and where their call stands. */
    public record Line(String name, String relation, String phone, String state, String at, boolean calling,
            boolean accepted) {
    }
}
