package cn.yinling.hotline.cases.casework;

import cn.yinling.hotline.cases.elder.ElderId;
import java.util.Objects;

/**
 * A case an agent opens by hand. Either {@code elderId} (a registered elder) or {@code callerPhone}
 * (an unregistered caller's number, as typed) is given. {@code complaintType} and {@code severity}
 * only for a complaint. The agent is the one who opens it and holds it: never taken from a form.
 */
public record ManualCase(ElderId elderId, String callerPhone, ContactWay way, CaseType type,
        ComplaintType complaintType, Severity severity, String note, long agentId, String actor) {

    /** The kinds of case an agent opens by hand; the others are opened by the system. */
    public static final java.util.List<CaseType> TYPES = java.util.List.of(CaseType.ENQUIRY, CaseType.COMPLAINT,
            CaseType.EMERGENCY);

    public ManualCase {
        Objects.requireNonNull(way, "way");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actor, "actor");
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("A " + type + " case is not opened by hand");
        }
        if (elderId == null && (callerPhone == null || callerPhone.isBlank())) {
            throw new IllegalArgumentException("A case opened by hand needs an elder or the caller's number");
        }
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("A case opened by hand needs a first note");
        }
    }
}
