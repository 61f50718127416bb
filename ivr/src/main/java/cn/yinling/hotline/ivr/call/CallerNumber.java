package cn.yinling.hotline.ivr.call;

import org.asteriskjava.fastagi.AgiRequest;

/** Who the engine is talking to: the caller ID, or one session per call when it is withheld. */
final class CallerNumber {

    private CallerNumber() {
    }

    static String of(AgiRequest request) {
        String number = request.getCallerIdNumber();
        if (number == null || number.isBlank() || "unknown".equalsIgnoreCase(number)) {
            // No caller ID: the engine will ask for the registered phone; keep anonymous calls apart.
            return "anonymous-" + request.getUniqueId();
        }
        return number.strip();
    }
}
