package cn.yinling.hotline.cases.casework;

import cn.yinling.hotline.cases.Channel;
import java.time.Instant;
import java.util.Set;

/**
 * What an agent looks for among the cases; every part is optional (null or empty: any) and all
 * given parts must hold.
 *
 * @param caseId     one case by its number
 * @param elderName  part of the elder's name, matched literally (no wildcards)
 * @param phone      normalised digits of a whole number, or the last four digits of one: the elder's
 *                   registered numbers, their family's, and an unregistered caller's on a case opened by hand
 * @param statuses   any of these states
 * @param type       the kind of case
 * @param assigneeId the agent who holds or held it
 * @param channel    where it came from
 * @param openedFrom opened at or after
 * @param openedTo   opened before
 */
public record CaseSearch(Long caseId, String elderName, String phone, Set<CaseStatus> statuses, CaseType type,
        Long assigneeId, Channel channel, Instant openedFrom, Instant openedTo) {

    public static final Set<CaseStatus> OPEN = Set.of(CaseStatus.OPEN, CaseStatus.CLAIMED);
    public static final Set<CaseStatus> DONE = Set.of(CaseStatus.RESOLVED, CaseStatus.CLOSED);

    public CaseSearch {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        if (phone != null && !phone.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("A phone filter is digits only");
        }
        if (openedFrom != null && openedTo != null && openedTo.isBefore(openedFrom)) {
            throw new IllegalArgumentException("The range ends before it starts");
        }
    }

    /** Whether the search names a person (by name or number), which the console audits. */
    public boolean namesSomeone() {
        return (elderName != null && !elderName.isBlank()) || (phone != null && !phone.isBlank());
    }

    /** Only the last four digits of a number were given. */
    public boolean byLastFour() {
        return phone != null && phone.length() == 4;
    }
}
