package cn.yinling.hotline.console.performance;

import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.WorkerReassignments;
import cn.yinling.hotline.cases.catalog.ServiceItemRepository;
import cn.yinling.hotline.cases.elder.ElderRepository;
import cn.yinling.hotline.cases.performance.AssessmentFigures;
import cn.yinling.hotline.cases.performance.ListKind;
import cn.yinling.hotline.cases.performance.Listing;
import cn.yinling.hotline.cases.performance.ListingRefusedException;
import cn.yinling.hotline.cases.performance.ListingState;
import cn.yinling.hotline.cases.performance.Listings;
import cn.yinling.hotline.cases.performance.MonthFigures;
import cn.yinling.hotline.cases.performance.SubjectKind;
import cn.yinling.hotline.cases.provider.ProviderDirectory;
import cn.yinling.hotline.cases.provider.Worker;
import cn.yinling.hotline.console.ConsoleMessages;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;

/**
 * What the assessment and review pages show, and the supervisor's decisions worded for them: the
 * problem in Chinese, or null when done. Decisions are audited by {@link Listings} in their transaction.
 */
@Component
class PerformanceDesk {

    private final AssessmentFigures figures;
    private final Listings listings;
    private final ProviderDirectory directory;
    private final WorkerReassignments reassignments;
    private final ElderRepository elders;
    private final ServiceItemRepository services;
    private final ConsoleMessages messages;

    PerformanceDesk(AssessmentFigures figures, Listings listings, ProviderDirectory directory,
            WorkerReassignments reassignments, ElderRepository elders, ServiceItemRepository services,
            ConsoleMessages messages) {
        this.figures = figures;
        this.listings = listings;
        this.directory = directory;
        this.reassignments = reassignments;
        this.elders = elders;
        this.services = services;
        this.messages = messages;
    }

    MonthFigures month(YearMonth month) {
        return figures.month(month);
    }

    /** The figures of the worker in the month and each of the {@code months - 1} before it, oldest first. */
    List<MonthFigures> months(YearMonth last, int months) {
        List<MonthFigures> out = new ArrayList<>();
        for (int i = months - 1; i >= 0; i--) {
            out.add(figures.month(last.minusMonths(i)));
        }
        return out;
    }

    List<Listing> listingsOf(SubjectKind kind, long id) {
        return listings.of(kind, id);
    }

    /** Proposals waiting first, then black listings in effect, then the rest, each with the visits to hand over. */
    List<ListingRow> review() {
        return listings.review().stream().map(l -> new ListingRow(l, subjectName(l), upcoming(l))).toList();
    }

    /** The number of new proposals, or -1 when another run of the month held it too long to wait for. */
    int propose(YearMonth month, String actor) {
        listings.claim(month, actor); // made if missing; a run already there is waited for below
        try {
            return listings.propose(month, actor);
        } catch (TransientDataAccessException | DataIntegrityViolationException sameMonthRunningElsewhere) {
            return -1;
        }
    }

    String approve(long id, String reason, String actor) {
        return decided(() -> listings.approve(id, reason, actor));
    }

    String reject(long id, String reason, String actor) {
        return decided(() -> listings.reject(id, reason, actor));
    }

    String lift(long id, String reason, String actor) {
        return decided(() -> listings.lift(id, reason, actor));
    }

    /** 404 for an unknown listing, before any decision is tried. */
    void requireListing(long id) {
        try {
            listings.listing(id);
        } catch (ListingRefusedException e) {
            throw new NoSuchElementException("no listing " + id);
        }
    }

    private String decided(Runnable decision) {
        try {
            decision.run();
            return null;
        } catch (ListingRefusedException e) {
            return messages.get("perf.refused." + e.reason().name());
        }
    }

    private String subjectName(Listing l) {
        if (l.getSubjectKind() == SubjectKind.PROVIDER) {
            return directory.provider(l.getSubjectId()).getName();
        }
        Worker w = directory.worker(l.getSubjectId());
        return w.getFullName() + "（" + w.getWorkerNumber() + "）" + directory.provider(w.getProviderId()).getName();
    }

    /** The future visits of the workers a black listing bars (in effect) or would bar (proposed). */
    private List<UpcomingVisit> upcoming(Listing l) {
        boolean concerns = l.getListKind() == ListKind.BLACK
                && (l.getState() == ListingState.PROPOSED || l.getState() == ListingState.APPROVED);
        if (!concerns) {
            return List.of();
        }
        List<Worker> workers = l.getSubjectKind() == SubjectKind.WORKER ? List.of(directory.worker(l.getSubjectId()))
                : directory.workersOf(l.getSubjectId());
        List<UpcomingVisit> out = new ArrayList<>();
        for (Worker w : workers) {
            for (WorkerReassignments.FutureVisit v : reassignments.futureVisits(w.getId())) {
                Booking b = v.booking();
                out.add(new UpcomingVisit(b.getId(), w.getId(), w.getFullName(), b.getElderId(),
                        elders.findById(b.getElderId()).orElseThrow().getFullName(),
                        services.findById(b.getServiceId()).orElseThrow().getNameZh(), b.getStartsAt()));
            }
        }
        return out;
    }
}
