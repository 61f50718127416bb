package cn.yinling.hotline.cases.performance;

import cn.yinling.hotline.cases.CasesProperties;
import cn.yinling.hotline.cases.provider.Worker;
import cn.yinling.hotline.cases.provider.WorkerRepository;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a worker may be given new work: not while the worker, or the worker's provider, is on the
 * black list. A black listing counts from the day a supervisor approved it until one lifts it. The
 * automatic worker choice and staff re-assignment ask here; so may any new way of handing out work.
 */
@Component
public class WorkerStanding {

    /** The black listings in effect, as the sets of barred workers and providers. */
    public record Barred(Set<Long> workers, Set<Long> providers) {

        public boolean bars(Worker w) {
            return workers.contains(w.getId()) || providers.contains(w.getProviderId());
        }
    }

    private final ListingRepository listings;
    private final WorkerRepository workers;
    private final ZoneId zone;

    WorkerStanding(ListingRepository listings, WorkerRepository workers, CasesProperties properties) {
        this.listings = listings;
        this.workers = workers;
        this.zone = properties.zone();
    }

    /** Whether the worker may take a new visit on {@code day}; an unknown worker may not. */
    @Transactional(readOnly = true)
    public boolean mayTakeNewWork(long workerId, LocalDate day) {
        return workers.findById(workerId)
                .map(w -> listings.barring(w.getId(), w.getProviderId()).stream().noneMatch(l -> inEffect(l, day)))
                .orElse(false);
    }

    /** Every worker and provider barred on {@code day}, read at once for a search over many workers. */
    @Transactional(readOnly = true)
    public Barred barredOn(LocalDate day) {
        List<Listing> all = listings.allBarring().stream().filter(l -> inEffect(l, day)).toList();
        return new Barred(ids(all, SubjectKind.WORKER), ids(all, SubjectKind.PROVIDER));
    }

    private boolean inEffect(Listing l, LocalDate day) {
        return l.bars() && !LocalDate.ofInstant(l.getDecidedAt(), zone).isAfter(day);
    }

    private static Set<Long> ids(List<Listing> listings, SubjectKind kind) {
        return listings.stream().filter(l -> l.getSubjectKind() == kind).map(Listing::getSubjectId)
                .collect(Collectors.toUnmodifiableSet());
    }
}
