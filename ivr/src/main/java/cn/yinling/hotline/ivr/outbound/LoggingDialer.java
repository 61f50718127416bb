package cn.yinling.hotline.ivr.outbound;

import cn.yinling.hotline.cases.elder.PersonalNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The dialer when no PBX manager interface is configured: logs each call and places none. */
public final class LoggingDialer implements OutboundDialer {

    private static final Logger log = LoggerFactory.getLogger(LoggingDialer.class);

    @Override
    public boolean place(OutboundCall call) {
        log.warn("No outbound dialer configured (AMI): not calling {} for script {} {}", PersonalNumbers.phoneAnswer(call.number()), call.script(),
                OriginatedCalls.loggable(call.variables()));
        return false;
    }

    /** Never: without a PBX manager interface no call is placed, so nothing due should be taken for one. */
    @Override
    public boolean isReady() {
        return false;
    }
}
