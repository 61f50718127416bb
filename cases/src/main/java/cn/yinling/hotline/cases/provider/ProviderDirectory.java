package cn.yinling.hotline.cases.provider;

import static cn.yinling.hotline.cases.provider.ProviderProblem.*;

import cn.yinling.hotline.cases.catalog.ServiceCategory;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.InvalidPhoneNumberException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Providers, their workers, shifts and absences as staff keep them: every entry checked whole, each
 * problem named, nothing written while any remains. Deactivating keeps the rows (bookings point at
 * them); booking stops using them ({@code ServiceSlots}).
 */
@Service
public class ProviderDirectory {

    /** Column widths (V1, V24). */
    static final int MAX_NAME = 100;
    static final int MAX_WORKER_NAME = 50;
    static final int MAX_CONTACT = 50;
    static final int MAX_CONTRACT_NUMBER = 50;
    static final int MAX_AREA = 500;

    private static final Pattern AREA_SEPARATORS = Pattern.compile("[,，、;；\\s]+");

    /** Either the saved row's id or what is wrong. */
    public record Outcome(Long id, List<ProviderProblem> problems) {

        static Outcome saved(Long id) {
            return new Outcome(id, List.of());
        }

        static Outcome refused(List<ProviderProblem> problems) {
            return new Outcome(null, List.copyOf(problems));
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final ProviderRepository providers;
    private final WorkerRepository workers;
    private final WorkerShiftRepository shifts;
    private final WorkerAbsenceRepository absences;
    private final Elders elders;
    private final WorkerProperties properties;
    private final Clock clock;

    ProviderDirectory(ProviderRepository providers, WorkerRepository workers, WorkerShiftRepository shifts,
            WorkerAbsenceRepository absences, Elders elders, WorkerProperties properties, Clock clock) {
        this.providers = providers;
        this.workers = workers;
        this.shifts = shifts;
        this.absences = absences;
        this.elders = elders;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Provider> allProviders() {
        return providers.findAllByOrderByActiveDescNameAsc();
    }

    @Transactional(readOnly = true)
    public Provider provider(Long id) {
        return providers.findById(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Worker> allWorkers() {
        return workers.findAllByOrderByActiveDescFullNameAsc();
    }

    @Transactional(readOnly = true)
    public List<Worker> workersOf(Long providerId) {
        return workers.findByProviderIdOrderByActiveDescFullNameAsc(providerId);
    }

    @Transactional(readOnly = true)
    public Worker worker(Long id) {
        return workers.findById(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<WorkerShift> shiftsOf(Long workerId) {
        return shifts.findByWorkerId(workerId).stream()
                .sorted((a, b) -> a.getDayOfWeek() != b.getDayOfWeek() ? a.getDayOfWeek().compareTo(b.getDayOfWeek())
                        : a.getStartTime().compareTo(b.getStartTime()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<WorkerAbsence> absencesOf(Long workerId) {
        return absences.findByWorkerIdOrderByFirstDayDesc(workerId);
    }

    public int workerNumberDigits() {
        return properties.numberDigits();
    }

    /** Creates ({@code id} null) or updates a provider. */
    @Transactional
    public Outcome saveProvider(Long id, ProviderDraft d) {
        List<ProviderProblem> problems = new ArrayList<>();
        String name = text(d.name());
        if (name.isEmpty()) {
            problems.add(NAME_MISSING);
        } else if (name.length() > MAX_NAME) {
            problems.add(NAME_TOO_LONG);
        }
        String contact = text(d.contactPerson());
        if (contact.length() > MAX_CONTACT) {
            problems.add(CONTACT_TOO_LONG);
        }
        String phone = phone(d.phone(), problems);
        String contractNumber = text(d.contractNumber());
        if (contractNumber.length() > MAX_CONTRACT_NUMBER) {
            problems.add(CONTRACT_NUMBER_TOO_LONG);
        }
        LocalDate start = date(d.contractStart(), problems);
        LocalDate end = date(d.contractEnd(), problems);
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(CONTRACT_DATES_INVERTED);
        }
        Set<ServiceCategory> categories = categories(d.categories());
        if (categories.isEmpty()) {
            problems.add(CATEGORIES_MISSING);
        }
        List<String> streets = area(d.streets());
        List<String> communities = area(d.communities());
        if (streets.isEmpty() && communities.isEmpty()) {
            problems.add(AREA_MISSING);
        } else if (String.join(",", streets).length() > MAX_AREA || String.join(",", communities).length() > MAX_AREA) {
            problems.add(AREA_TOO_LONG);
        }
        if (!problems.isEmpty()) {
            return Outcome.refused(problems);
        }
        ProviderTerms terms = new ProviderTerms(name, contact.isEmpty() ? null : contact, phone,
                contractNumber.isEmpty() ? null : contractNumber, start, end, categories, streets, communities);
        if (id == null) {
            return Outcome.saved(providers.save(new Provider(terms)).getId());
        }
        providers.findById(id).orElseThrow().update(terms);
        return Outcome.saved(id);
    }

    @Transactional
    public void setProviderActive(Long id, boolean active) {
        Provider p = providers.findById(id).orElseThrow();
        if (active) {
            p.activate();
        } else {
            p.deactivate();
        }
    }

    /** Creates ({@code id} null) or updates a worker. */
    @Transactional
    public Outcome saveWorker(Long id, WorkerDraft d) {
        List<ProviderProblem> problems = new ArrayList<>();
        Provider provider = d.providerId() == null ? null : providers.findById(d.providerId()).orElse(null);
        if (provider == null) {
            problems.add(PROVIDER_MISSING);
        }
        String number = text(d.workerNumber());
        if (!number.matches("\\d{" + properties.numberDigits() + "}")) {
            problems.add(WORKER_NUMBER_INVALID);
        } else if (workers.findByWorkerNumber(number).filter(w -> !w.getId().equals(id)).isPresent()) {
            problems.add(WORKER_NUMBER_TAKEN);
        }
        String name = text(d.fullName());
        if (name.isEmpty()) {
            problems.add(NAME_MISSING);
        } else if (name.length() > MAX_WORKER_NAME) {
            problems.add(NAME_TOO_LONG);
        }
        String phone = phone(d.phone(), problems);
        Set<ServiceCategory> categories = categories(d.categories());
        if (categories.isEmpty()) {
            problems.add(CATEGORIES_MISSING);
        } else if (provider != null && !provider.categories().containsAll(categories)) {
            problems.add(CATEGORY_NOT_IN_CONTRACT);
        }
        if (!problems.isEmpty()) {
            return Outcome.refused(problems);
        }
        if (id == null) {
            return Outcome.saved(workers.save(new Worker(provider.getId(), number, name, phone, categories)).getId());
        }
        workers.findById(id).orElseThrow().update(provider.getId(), number, name, phone, categories);
        return Outcome.saved(id);
    }

    @Transactional
    public void setWorkerActive(Long id, boolean active) {
        Worker w = workers.findById(id).orElseThrow();
        if (active) {
            w.activate();
        } else {
            w.deactivate();
        }
    }

    /** Adds a weekly shift; several a day are fine as long as they do not overlap. */
    @Transactional
    public Outcome addShift(Long workerId, String day, String start, String end) {
        workers.findById(workerId).orElseThrow();
        DayOfWeek d;
        LocalTime from;
        LocalTime to;
        try {
            d = DayOfWeek.of(Integer.parseInt(text(day)));
            from = LocalTime.parse(text(start));
            to = LocalTime.parse(text(end));
        } catch (RuntimeException e) {
            return Outcome.refused(List.of(SHIFT_INVALID));
        }
        if (!to.isAfter(from)) {
            return Outcome.refused(List.of(SHIFT_INVALID));
        }
        boolean overlaps = shifts.findByWorkerId(workerId).stream().anyMatch(s -> s.getDayOfWeek() == d
                && s.getStartTime().isBefore(to) && s.getEndTime().isAfter(from));
        if (overlaps) {
            return Outcome.refused(List.of(SHIFT_OVERLAP));
        }
        return Outcome.saved(shifts.save(new WorkerShift(workerId, d, from, to)).getId());
    }

    /** Removes one shift of this worker (the worker id guards against removing someone else's). */
    @Transactional
    public void removeShift(Long workerId, Long shiftId) {
        shifts.findById(shiftId).filter(s -> s.getWorkerId().equals(workerId)).ifPresent(shifts::delete);
    }

    @Transactional
    public Outcome addAbsence(Long workerId, String kind, String first, String last, String reason, String actor) {
        workers.findById(workerId).orElseThrow();
        List<ProviderProblem> problems = new ArrayList<>();
        WorkerAbsence.Kind k = Arrays.stream(WorkerAbsence.Kind.values()).filter(x -> x.name().equals(text(kind)))
                .findFirst().orElse(WorkerAbsence.Kind.LEAVE);
        LocalDate from = date(first, problems);
        LocalDate to = date(last, problems);
        if (problems.isEmpty() && (from == null || to == null)) {
            problems.add(DATE_INVALID);
        } else if (from != null && to != null && to.isBefore(from)) {
            problems.add(ABSENCE_DATES_INVERTED);
        }
        String why = text(reason);
        if (why.isEmpty()) {
            problems.add(REASON_MISSING);
        } else if (why.length() > WorkerAbsence.MAX_REASON) {
            problems.add(REASON_TOO_LONG);
        }
        if (!problems.isEmpty()) {
            return Outcome.refused(problems);
        }
        return Outcome.saved(absences.save(new WorkerAbsence(workerId, k, from, to, why, actor, clock.instant())).getId());
    }

    @Transactional
    public void removeAbsence(Long workerId, Long absenceId) {
        absences.findById(absenceId).filter(a -> a.getWorkerId().equals(workerId)).ifPresent(absences::delete);
    }

    private String phone(String raw, List<ProviderProblem> problems) {
        String typed = text(raw);
        if (typed.isEmpty()) {
            return null;
        }
        try {
            return elders.parsePhone(typed).digits();
        } catch (InvalidPhoneNumberException e) {
            problems.add(PHONE_INVALID);
            return null;
        }
    }

    private static LocalDate date(String raw, List<ProviderProblem> problems) {
        String typed = text(raw);
        if (typed.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(typed);
        } catch (DateTimeParseException e) {
            if (!problems.contains(DATE_INVALID)) {
                problems.add(DATE_INVALID);
            }
            return null;
        }
    }

    private static Set<ServiceCategory> categories(List<String> names) {
        Set<ServiceCategory> set = EnumSet.noneOf(ServiceCategory.class);
        if (names != null) {
            for (ServiceCategory c : ServiceCategory.values()) {
                if (names.contains(c.name())) {
                    set.add(c);
                }
            }
        }
        return set;
    }

    private static List<String> area(String raw) {
        return Arrays.stream(AREA_SEPARATORS.split(text(raw))).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
