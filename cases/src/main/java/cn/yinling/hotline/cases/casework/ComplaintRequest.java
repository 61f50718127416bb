package cn.yinling.hotline.cases.casework;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.elder.ElderId;
import java.util.Objects;

/** A complaint as taken by any channel: what went wrong, about which visit or worker, how serious. */
public record ComplaintRequest(ElderId elderId, ComplaintType type, Severity severity, String description,
        Long bookingId, Long workerId, Channel channel, String actor) {

    public ComplaintRequest {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(actor, "actor");
    }
}
