package cn.yinling.hotline.cases.settlement;

import cn.yinling.hotline.cases.policy.EntitlementUnit;
import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * One served visit on a provider's statement. Money in fen; {@code coveredAmount} in the policy's
 * unit (minutes or fen). A visit without a subsidy (the elder pays it all) has no policy.
 *
 * @param providerId     the provider of the visit's work order (else of its worker); null when no worker was assigned
 * @param servedIn       the month the visit took place, when it settles in a later one (recorded after its month was closed); else null
 * @param ratePerHourFen the policy's hourly rate for hour-based policies, else null
 */
public record StatementLine(long bookingId, Long providerId, LocalDateTime startsAt, long elderId, String elderName,
        String idNumberMasked, String serviceName, int minutes, String policyCode, String policyName,
        EntitlementUnit unit, Long ratePerHourFen, long coveredAmount, long subsidyFen, long elderPaysFen,
        Integer rating, YearMonth servedIn) {

    public boolean subsidised() {
        return policyCode != null;
    }

    /** A late recording: the visit belongs to a closed month and is settled as an adjustment in this one. */
    public boolean adjustment() {
        return servedIn != null;
    }

    /** The line's figures, in a fixed text form: what a closed month's digest is taken over. */
    String figures() {
        return bookingId + "|" + providerId + "|" + startsAt + "|" + minutes + "|" + policyCode + "|" + coveredAmount
                + "|" + subsidyFen + "|" + elderPaysFen;
    }
}
