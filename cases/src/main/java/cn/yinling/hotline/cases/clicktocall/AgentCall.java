package cn.yinling.hotline.cases.clicktocall;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One click-to-call: the agent's own phone (a PBX dial string such as {@code PJSIP/8001}), the
 * number to dial (normalised digits: a mobile, or 0 + area code + local number), the case it is
 * for and the agent who asked. Checked here, so nothing that could end an AMI header line or reach
 * another dialplan extension gets through.
 */
public record AgentCall(String agentPhone, String number, long caseId, String agent) {

    /** A PBX endpoint: technology/resource, without a dial-string separator or line break. */
    public static final Pattern PHONE = Pattern.compile("(PJSIP|SIP|IAX2|Local)/[A-Za-z0-9_.@-]{1,50}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{3,20}");

    public AgentCall {
        Objects.requireNonNull(agent, "agent");
        if (agentPhone == null || !PHONE.matcher(agentPhone).matches()) {
            throw new IllegalArgumentException("Not an agent's phone: " + agentPhone);
        }
        if (number == null || !DIGITS.matcher(number).matches()) {
            throw new IllegalArgumentException("Not a number to dial");
        }
    }

    @Override
    public String toString() {
        return "AgentCall[" + agentPhone + " for case " + caseId + " by " + agent + "]"; // never the number
    }
}
