package cn.yinling.hotline.cases.settlement;

import java.util.List;

/**
 * A statement checked against the subsidy ledger: for each visit, the amount the record says the
 * subsidy covered against the CONSUME entries the ledger holds for that booking, converted to fen the
 * same way; per policy, the statement's total against the ledger's; and consumption in the ledger for
 * a visit of the month that no record settles.
 */
public record Reconciliation(List<PolicyCheck> policies, List<Difference> differences) {

    public Reconciliation {
        policies = List.copyOf(policies);
        differences = List.copyOf(differences);
    }

    public boolean balanced() {
        return differences.isEmpty() && policies.stream().allMatch(PolicyCheck::balanced);
    }

    /** One policy's totals on the statement and in the ledger, in the policy's unit and in fen. */
    public record PolicyCheck(String policyCode, String policyName, long statementAmount, long ledgerAmount,
            long statementFen, long ledgerFen) {

        public boolean balanced() {
            return statementAmount == ledgerAmount && statementFen == ledgerFen;
        }
    }

    /** A visit whose figures differ from the ledger (amounts in the policy's unit). */
    public record Difference(long bookingId, Kind kind, long statementAmount, long ledgerAmount) {
    }

    public enum Kind {
        /** The record's covered amount is not what the ledger consumed for the booking. */
        AMOUNT,
        /** The ledger consumed for a booking of the month that no service record settles. */
        NO_RECORD
    }
}
