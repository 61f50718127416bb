package cn.yinling.hotline.cases.visit;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One line of the visits page. {@code elderPhone} is the number to call, unmasked: the console masks
 * it in the list and shows it only on a click it audits. Ids and times as stored; names for reading.
 */
public record VisitRow(long orderId, Long visitId, long bookingId, long elderId, String elderName, String elderPhone,
        long workerId, String workerName, String workerNumber, String workerPhone, String serviceName,
        LocalDateTime startsAt, int bookedMinutes, VisitStatus status, Proof proof, Instant arrivedAt, Instant leftAt,
        Integer recordedMinutes, Integer consumedMinutes, Integer rating, HoldReason heldBecause, Long complaintCaseId,
        String decidedBy, String decisionReason) {

    /** Both ends proven at the elder's own phone; a code or staff's word is weaker (the page says so). */
    public boolean strongProof() {
        return proof == Proof.ELDER_PHONE;
    }
}
