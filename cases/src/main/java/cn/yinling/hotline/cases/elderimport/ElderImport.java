package cn.yinling.hotline.cases.elderimport;

import static cn.yinling.hotline.cases.elderimport.ImportColumn.*;

import cn.yinling.hotline.cases.assessment.AdlAssessment;
import cn.yinling.hotline.cases.assessment.AdlAssessments;
import cn.yinling.hotline.cases.assessment.AssessmentKind;
import cn.yinling.hotline.cases.elder.Adl;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.ElderFlags;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.ElderRecordChanged;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.FamilyContact;
import cn.yinling.hotline.cases.elder.Household;
import cn.yinling.hotline.cases.elder.HouseholdRepository;
import cn.yinling.hotline.cases.elder.InvalidPhoneNumberException;
import cn.yinling.hotline.cases.elder.PhoneNumber;
import cn.yinling.hotline.cases.elder.RegisteredPhone;
import cn.yinling.hotline.cases.intake.IdNumberDigests;
import cn.yinling.hotline.cases.intake.ResidentIdNumber;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports an elder database: {@link #check} reads every row into what it would do and every problem
 * (writing nothing), {@link #run} checks again against the database as it is then and writes the rows
 * without problems in batches. The ID number's keyed digest is the key: a row whose number is on file
 * updates that elder, so importing the same file twice changes nothing the second time.
 *
 * <p>What an import overwrites on an elder on file: name, household registration, living situation,
 * and, when their cell is not blank, the flags, health notes, check-in time and phone numbers (the
 * numbers become exactly the cell's); family contacts are matched by name, updated or added, never
 * removed; an ADL assessment not yet in the history is added to it. It never moves an elder: a
 * different address is reported and left as it is (a move is made on the record page, within the
 * yearly limit of the elder's policies). A new elder joins the household of the same 户号 in the file,
 * else the one at the same address in the same street and community, else a new one.
 */
@Service
public class ElderImport {

    static final int LONGEST_NAME = Elders.NAME_LENGTH;
    static final int LONGEST_AREA = 100;
    static final int LONGEST_ADDRESS = Elders.ADDRESS_LENGTH;
    static final int LONGEST_NOTES = Elders.HEALTH_NOTES_LENGTH;
    static final int LONGEST_RELATION = Elders.RELATION_LENGTH;
    static final int MOST_PHONES = 5;
    static final int OLDEST = 120;
    /** Excel keeps 15 significant digits of a number: an 18-digit ID number kept as one has lost its last ones. */
    static final int DIGITS_EXCEL_KEEPS = 15;
    private static final int IN_CHUNK = 500;
    private static final ImportColumn[] FLAG_COLUMNS = {SANWU, DIBAO, LOW_INCOME, PRIORITY_VETERAN, LABOUR_MODEL, DISABLED};
    private static final ImportColumn[] ADL_COLUMNS = {ADL_EATING, ADL_TURNING, ADL_TOILETING, ADL_DRESSING, ADL_MOVING};
    private static final ImportColumn[][] FAMILY_COLUMNS = {
            {FAMILY1_NAME, FAMILY1_RELATION, FAMILY1_PHONE, FAMILY1_CONSENT},
            {FAMILY2_NAME, FAMILY2_RELATION, FAMILY2_PHONE, FAMILY2_CONSENT}};

    /** Told of each elder written, inside the transaction that writes it (the console audits there). */
    public interface Written {
        void elder(RowReport row);
    }

    private final Elders elders;
    private final HouseholdRepository households;
    private final AdlAssessments assessments;
    private final IdNumberDigests digests;
    private final EntityManager em;
    private final TransactionTemplate tx;
    private final TransactionTemplate readOnly;
    private final ElderImportProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ElderImport(Elders elders, HouseholdRepository households, AdlAssessments assessments, IdNumberDigests digests,
            EntityManager em, PlatformTransactionManager transactions, ElderImportProperties properties, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.elders = elders;
        this.households = households;
        this.assessments = assessments;
        this.digests = digests;
        this.em = em;
        this.tx = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.properties = properties;
        this.clock = clock;
    }

    /** The dry run: what importing these rows would do, row by row; writes nothing. */
    public ImportReport check(Collection<ImportColumn> columns, List<ImportRow> rows) {
        List<ImportColumn> missing = missing(columns);
        if (!missing.isEmpty()) {
            return new ImportReport(List.of(), missing, false);
        }
        return new ImportReport(readOnly.execute(s -> plan(rows)).stream().map(RowPlan::report).toList(), missing, false);
    }

    /** Checks again and writes every row without problems; rows with problems are skipped and reported. */
    public ImportReport run(Collection<ImportColumn> columns, List<ImportRow> rows, String actor, Written written) {
        List<ImportColumn> missing = missing(columns);
        if (!missing.isEmpty()) {
            return new ImportReport(List.of(), missing, false);
        }
        List<RowPlan> plans = readOnly.execute(s -> plan(rows));
        Map<String, Long> householdIds = new HashMap<>();
        Map<Integer, RowReport> reports = new HashMap<>();
        List<RowPlan> toWrite = plans.stream()
                .filter(p -> p.outcome() == RowReport.Outcome.NEW || p.outcome() == RowReport.Outcome.UPDATE).toList();
        int size = Math.max(1, properties.batchSize());
        for (int from = 0; from < toWrite.size(); from += size) {
            List<RowPlan> batch = toWrite.subList(from, Math.min(toWrite.size(), from + size));
            Map<String, Long> known = new HashMap<>(householdIds);
            try {
                tx.executeWithoutResult(s -> batch.forEach(p -> reports.put(p.row.number(), write(p, actor, known, written))));
                householdIds.putAll(known);
            } catch (RuntimeException batchFailed) {
                // Something changed under the import (a number registered meanwhile): row by row, so only that row is lost.
                for (RowPlan p : batch) {
                    Map<String, Long> one = new HashMap<>(householdIds);
                    try {
                        tx.executeWithoutResult(s -> reports.put(p.row.number(), write(p, actor, one, written)));
                        householdIds.putAll(one);
                    } catch (RuntimeException rowFailed) {
                        p.problem(ID_NUMBER, "import.conflict");
                        reports.put(p.row.number(), p.report());
                    }
                }
            }
        }
        return new ImportReport(plans.stream().map(p -> reports.getOrDefault(p.row.number(), p.report())).toList(),
                missing, true);
    }

    private static List<ImportColumn> missing(Collection<ImportColumn> columns) {
        return EnumSet.allOf(ImportColumn.class).stream().filter(c -> c.required() && !columns.contains(c)).toList();
    }

    // ---- checking ----

    private List<RowPlan> plan(List<ImportRow> rows) {
        LocalDate today = LocalDate.now(clock);
        List<RowPlan> plans = rows.stream().map(r -> read(r, today)).toList();
        Map<String, Elder> onFile = byDigest(plans);
        Set<String> numbers = new HashSet<>();
        plans.forEach(p -> {
            if (p.phones != null) {
                p.phones.forEach(n -> numbers.add(n.digits()));
            }
            p.contacts.stream().filter(c -> c.phone() != null).forEach(c -> numbers.add(c.phone().digits()));
        });
        Map<String, RegisteredPhone> registered = inChunks(numbers,
                chunk -> em.createQuery("select p from RegisteredPhone p where p.number in :n", RegisteredPhone.class)
                        .setParameter("n", chunk).getResultList())
                .stream().collect(Collectors.toMap(p -> p.number().digits(), p -> p, (a, b) -> a));
        Set<Long> existingIds = onFile.values().stream().map(Elder::getId).collect(Collectors.toSet());
        Map<Long, List<FamilyContact>> familyOf = inChunks(existingIds,
                chunk -> em.createQuery("select f from FamilyContact f where f.elderId in :ids", FamilyContact.class)
                        .setParameter("ids", chunk).getResultList())
                .stream().collect(Collectors.groupingBy(FamilyContact::getElderId));
        Set<Long> contactIds = familyOf.values().stream().flatMap(List::stream).map(FamilyContact::getId)
                .collect(Collectors.toSet());
        List<RegisteredPhone> ownNumbers = new ArrayList<>(inChunks(existingIds,
                chunk -> em.createQuery("select p from RegisteredPhone p where p.elderId in :ids", RegisteredPhone.class)
                        .setParameter("ids", chunk).getResultList()));
        ownNumbers.addAll(inChunks(contactIds,
                chunk -> em.createQuery("select p from RegisteredPhone p where p.familyContactId in :ids",
                        RegisteredPhone.class).setParameter("ids", chunk).getResultList()));
        Map<Long, Set<String>> elderNumbers = new HashMap<>();
        Map<Long, Set<String>> contactNumbers = new HashMap<>();
        for (RegisteredPhone p : ownNumbers) {
            if (p.getElderId() != null) {
                elderNumbers.computeIfAbsent(p.getElderId(), k -> new HashSet<>()).add(p.number().digits());
            } else {
                contactNumbers.computeIfAbsent(p.getFamilyContactId(), k -> new HashSet<>()).add(p.number().digits());
            }
        }
        Set<String> assessed = inChunks(existingIds,
                chunk -> em.createQuery("select a from AdlAssessment a where a.elderId in :ids", AdlAssessment.class)
                        .setParameter("ids", chunk).getResultList())
                .stream().map(a -> assessmentKey(a.getElderId(), a.getAssessedOn(), a.getAdl())).collect(Collectors.toSet());

        Set<String> communities = plans.stream().map(p -> p.community).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, Long> householdsAt = new HashMap<>();
        inChunks(communities, chunk -> em.createQuery("select h from Household h where h.community in :c order by h.id",
                Household.class).setParameter("c", chunk).getResultList())
                .forEach(h -> householdsAt.putIfAbsent(at(h.getStreet(), h.getCommunity(), h.getAddress()), h.getId()));
        Map<String, Integer> firstRowOfId = new HashMap<>();
        Map<String, Integer> firstRowOfNumber = new HashMap<>();
        Map<String, Integer> firstRowOfHousehold = new HashMap<>();
        Map<String, Long> householdOnFile = new HashMap<>();
        for (RowPlan p : plans) {
            if (p.digest != null) {
                Integer first = firstRowOfId.putIfAbsent(p.digest, p.row.number());
                if (first != null) {
                    p.problem(ID_NUMBER, "import.idNumber.twice", first);
                } else {
                    p.existing = onFile.get(p.digest);
                }
            }
            Long self = p.existing == null ? null : p.existing.getId();
            List<FamilyContact> family = self == null ? List.of() : familyOf.getOrDefault(self, List.of());
            if (p.phones != null) {
                for (PhoneNumber n : p.phones) {
                    RegisteredPhone r = registered.get(n.digits());
                    if (r != null && (self == null || !self.equals(r.getElderId()))) {
                        p.problem(PHONES, "phones.taken", n.digits());
                    } else {
                        inFile(p, PHONES, n, firstRowOfNumber);
                    }
                }
            }
            for (RowPlan.Contact c : p.contacts) {
                if (c.phone() == null) {
                    continue;
                }
                ImportColumn column = FAMILY_COLUMNS[c.index() - 1][2];
                RegisteredPhone r = registered.get(c.phone().digits());
                Optional<FamilyContact> same = family.stream().filter(f -> f.getFullName().equals(c.name())).findFirst();
                if (r != null && (same.isEmpty() || !same.get().getId().equals(r.getFamilyContactId()))) {
                    p.problem(column, "phones.taken", c.phone().digits());
                } else {
                    inFile(p, column, c.phone(), firstRowOfNumber);
                }
            }
            if (p.existing != null) {
                compare(p, elderNumbers.getOrDefault(self, Set.of()), family, contactNumbers, assessed);
            } else if (p.problems.isEmpty() && p.householdKey != null) {
                Integer first = firstRowOfHousehold.putIfAbsent(p.householdKey, p.row.number());
                p.householdWithRow = first == null ? 0 : first;
                p.householdOnFile = householdOnFile.computeIfAbsent(p.householdKey, k -> householdOnFile(p, plans, onFile, householdsAt));
            }
        }
        return plans;
    }

    private static void inFile(RowPlan p, ImportColumn column, PhoneNumber n, Map<String, Integer> firstRowOfNumber) {
        Integer first = firstRowOfNumber.putIfAbsent(n.digits(), p.row.number());
        if (first != null && first != p.row.number()) {
            p.problem(column, "import.phones.inFile", n.digits(), first);
        }
    }

    /** The household a new elder of this key would join: 0 when a new one would be made. */
    private static long householdOnFile(RowPlan p, List<RowPlan> plans, Map<String, Elder> onFile,
            Map<String, Long> householdsAt) {
        if (p.householdKey.startsWith("no:")) {
            Optional<Long> member = plans.stream().filter(o -> p.householdKey.equals(o.householdKey) && o.digest != null)
                    .map(o -> onFile.get(o.digest)).filter(Objects::nonNull).map(Elder::getHouseholdId).findFirst();
            if (member.isPresent()) {
                return member.get();
            }
        }
        return householdsAt.getOrDefault(at(p.street, p.community, p.address), 0L);
    }

    static String at(String street, String community, String address) {
        return street + "|" + community + "|" + address;
    }

    private Map<String, Elder> byDigest(List<RowPlan> plans) {
        Set<String> wanted = plans.stream().map(p -> p.digest).filter(Objects::nonNull).collect(Collectors.toSet());
        return inChunks(wanted, chunk -> em.createQuery("select e from Elder e where e.idNumberDigest in :d", Elder.class)
                .setParameter("d", chunk).getResultList())
                .stream().collect(Collectors.toMap(Elder::getIdNumberDigest, e -> e));
    }

    private static <K, T> List<T> inChunks(Collection<K> keys, Function<List<K>, List<T>> query) {
        List<K> all = new ArrayList<>(keys);
        List<T> found = new ArrayList<>();
        for (int i = 0; i < all.size(); i += IN_CHUNK) {
            found.addAll(query.apply(all.subList(i, Math.min(all.size(), i + IN_CHUNK))));
        }
        return found;
    }

    private static String assessmentKey(Long elderId, LocalDate on, Adl adl) {
        return elderId + "|" + on + "|" + adl;
    }

    /** What the row changes on the elder on file (the columns), and what it leaves as it is (notes). */
    private void compare(RowPlan p, Set<String> numbers, List<FamilyContact> family, Map<Long, Set<String>> contactNumbers,
            Set<String> assessed) {
        Elder e = p.existing;
        if (!e.getFullName().equals(p.fullName)) {
            p.changes.add(FULL_NAME);
        }
        if (e.getRegistration() != p.registration) {
            p.changes.add(REGISTRATION);
        }
        if (e.getLivingSituation() != p.living) {
            p.changes.add(LIVING);
        }
        ElderFlags now = e.getFlags() == null ? ElderFlags.none() : e.getFlags();
        ElderFlags after = p.flagsOver(now);
        boolean[] before = {now.sanwu(), now.dibao(), now.lowIncome(), now.priorityVeteran(), now.labourModel(), now.disabled()};
        boolean[] then = {after.sanwu(), after.dibao(), after.lowIncome(), after.priorityVeteran(), after.labourModel(),
                after.disabled()};
        for (int i = 0; i < FLAG_COLUMNS.length; i++) {
            if (before[i] != then[i]) {
                p.changes.add(FLAG_COLUMNS[i]);
            }
        }
        if (p.healthNotes != null && !p.healthNotes.equals(e.getHealthNotes())) {
            p.changes.add(HEALTH_NOTES);
        }
        if (p.checkinTime != null && !p.checkinTime.equals(e.getCheckinTime())) {
            p.changes.add(CHECKIN_TIME);
        }
        if (p.phones != null && !p.phones.stream().map(PhoneNumber::digits).collect(Collectors.toSet()).equals(numbers)) {
            p.changes.add(PHONES);
        }
        if (p.adl != null && !assessed.contains(assessmentKey(e.getId(), p.adlDate, p.adl))) {
            p.changes.add(ADL_DATE);
        }
        for (RowPlan.Contact c : p.contacts) {
            Optional<FamilyContact> same = family.stream().filter(f -> f.getFullName().equals(c.name())).findFirst();
            boolean differs = same.isEmpty() || !same.get().getRelation().equals(c.relation())
                    || (c.consent() != null && c.consent() != same.get().isNotifyConsent())
                    || (c.phone() != null && !contactNumbers.getOrDefault(same.get().getId(), Set.of()).contains(c.phone().digits()));
            if (differs) {
                p.changes.add(FAMILY_COLUMNS[c.index() - 1][0]);
            }
        }
        if (!Objects.equals(e.getAddress(), p.address) || !Objects.equals(e.getStreet(), p.street)
                || !Objects.equals(e.getCommunity(), p.community)) {
            p.notes.add(RowProblem.of(ADDRESS, "import.address.kept", e.getStreet() + e.getCommunity() + e.getAddress()));
        }
    }

    /** Everything a row says that needs no database, with its problems. */
    private RowPlan read(ImportRow row, LocalDate today) {
        RowPlan p = new RowPlan(row);
        p.fullName = text(p, FULL_NAME, "fullName", LONGEST_NAME);
        idNumber(p, today);
        p.registration = choice(p, REGISTRATION, CellValues.registration(row.text(REGISTRATION)), "registration.missing",
                "import.registration.unknown");
        p.street = text(p, STREET, "street", LONGEST_AREA);
        p.community = text(p, COMMUNITY, "community", LONGEST_AREA);
        p.address = text(p, ADDRESS, "address", LONGEST_ADDRESS);
        p.living = choice(p, LIVING, CellValues.living(row.text(LIVING)), "livingSituation.missing", "import.living.unknown");
        String household = CellValues.fold(row.text(HOUSEHOLD_NO));
        p.householdKey = !household.isEmpty() ? "no:" + household
                : p.address == null || p.street == null || p.community == null ? null
                : "at:" + at(p.street, p.community, p.address);
        for (int i = 0; i < FLAG_COLUMNS.length; i++) {
            p.flags[i] = yesNo(p, FLAG_COLUMNS[i]);
        }
        String notes = row.text(HEALTH_NOTES);
        if (notes.length() > LONGEST_NOTES) {
            p.problem(HEALTH_NOTES, "healthNotes.tooLong", LONGEST_NOTES);
        }
        p.healthNotes = notes.isEmpty() ? null : notes;
        Optional<LocalTime> checkin = CellValues.time(row.text(CHECKIN_TIME));
        if (checkin == null) {
            p.problem(CHECKIN_TIME, "checkinTime.invalid");
        } else {
            p.checkinTime = checkin.orElse(null);
        }
        phones(p);
        adl(p);
        family(p);
        return p;
    }

    private void idNumber(RowPlan p, LocalDate today) {
        String typed = p.row.text(ID_NUMBER);
        String digits = typed.replaceAll("\\D", "");
        if (CellValues.scientific(typed) || (p.row.numeric(ID_NUMBER) && digits.length() > DIGITS_EXCEL_KEEPS)) {
            p.problem(ID_NUMBER, "import.idNumber.scientific", typed);
            return;
        }
        ResidentIdNumber.Result r = ResidentIdNumber.parse(typed, today);
        if (!r.valid()) {
            p.problem(ID_NUMBER, "idNumber." + r.problem().name());
            return;
        }
        if (r.number().birthDate().isBefore(today.minusYears(OLDEST))) {
            p.problem(ID_NUMBER, "idNumber.tooOld");
            return;
        }
        p.id = r.number();
        p.digest = digests.of(r.number());
    }

    private static String text(RowPlan p, ImportColumn column, String field, int longest) {
        String s = p.row.text(column);
        if (s.isEmpty()) {
            p.problem(column, field + ".missing");
            return null;
        }
        if (s.length() > longest) {
            p.problem(column, field + ".tooLong", longest);
            return null;
        }
        return s;
    }

    private static <T> T choice(RowPlan p, ImportColumn column, T value, String missing, String unknown) {
        if (value == null) {
            if (p.row.blank(column)) {
                p.problem(column, missing);
            } else {
                p.problem(column, unknown, p.row.text(column));
            }
        }
        return value;
    }

    private static Boolean yesNo(RowPlan p, ImportColumn column) {
        Optional<Boolean> v = CellValues.yesNo(p.row.text(column));
        if (v == null) {
            p.problem(column, "import.yesNo.unknown", p.row.text(column));
            return null;
        }
        return v.orElse(null);
    }

    private void phones(RowPlan p) {
        if (p.row.blank(PHONES)) {
            return;
        }
        List<String> typed = CellValues.phones(p.row.text(PHONES));
        if (typed.size() > MOST_PHONES) {
            p.problem(PHONES, "phones.tooMany", MOST_PHONES);
            return;
        }
        List<PhoneNumber> parsed = new ArrayList<>();
        for (String raw : typed) {
            phone(p, PHONES, raw).filter(n -> !parsed.contains(n)).ifPresent(parsed::add);
        }
        p.phones = parsed;
    }

    private Optional<PhoneNumber> phone(RowPlan p, ImportColumn column, String raw) {
        try {
            return Optional.of(elders.parsePhone(raw));
        } catch (InvalidPhoneNumberException e) {
            p.problem(column, "phones.invalid", raw);
            return Optional.empty();
        }
    }

    private void adl(RowPlan p) {
        boolean any = false;
        boolean[] help = new boolean[ADL_COLUMNS.length];
        for (int i = 0; i < ADL_COLUMNS.length; i++) {
            any |= !p.row.blank(ADL_COLUMNS[i]);
            Boolean v = yesNo(p, ADL_COLUMNS[i]);
            help[i] = v != null && v;
        }
        if (!any && p.row.blank(ADL_DATE) && p.row.blank(ADL_ASSESSOR)) {
            return;
        }
        Optional<LocalDate> on = CellValues.date(p.row.text(ADL_DATE));
        if (on == null) {
            p.problem(ADL_DATE, "adl.DATE_INVALID");
            return;
        }
        LocalDate born = p.id == null ? null : p.id.birthDate();
        for (AdlAssessments.Problem problem : assessments.check(on.orElse(null), AssessmentKind.INTAKE,
                p.row.text(ADL_ASSESSOR), null, born)) {
            p.problem(problem == AdlAssessments.Problem.ASSESSOR_MISSING || problem == AdlAssessments.Problem.ASSESSOR_TOO_LONG
                    ? ADL_ASSESSOR : ADL_DATE, "adl." + problem.name());
        }
        p.adl = new Adl(help[0], help[1], help[2], help[3], help[4]);
        p.adlDate = on.orElse(null);
        p.adlAssessor = p.row.text(ADL_ASSESSOR);
    }

    private void family(RowPlan p) {
        Set<String> own = new HashSet<>();
        if (p.phones != null) {
            p.phones.forEach(n -> own.add(n.digits()));
        }
        for (int i = 0; i < FAMILY_COLUMNS.length; i++) {
            ImportColumn[] c = FAMILY_COLUMNS[i];
            if (p.row.blank(c[0]) && p.row.blank(c[1]) && p.row.blank(c[2]) && p.row.blank(c[3])) {
                continue;
            }
            int index = i + 1;
            String name = p.row.text(c[0]);
            String relation = p.row.text(c[1]);
            if (name.isEmpty() || name.length() > LONGEST_NAME) {
                p.problem(c[0], "family.name", index);
            }
            if (relation.isEmpty() || relation.length() > LONGEST_RELATION) {
                p.problem(c[1], "family.relation", index);
            }
            PhoneNumber phone = p.row.blank(c[2]) ? null : phone(p, c[2], p.row.text(c[2])).orElse(null);
            if (phone != null && !own.add(phone.digits())) {
                p.problem(c[2], "phones.twice", phone.digits());
            }
            Boolean consent = yesNo(p, c[3]);
            p.contacts.add(new RowPlan.Contact(index, name, relation, phone, consent));
        }
    }

    // ---- writing ----

    private RowReport write(RowPlan p, String actor, Map<String, Long> householdIds, Written written) {
        ElderId id = p.existing == null ? create(p, actor, householdIds) : update(p, actor);
        RowReport report = p.report().written(id);
        written.elder(report);
        return report;
    }

    private ElderId create(RowPlan p, String actor, Map<String, Long> householdIds) {
        Household h = household(p, householdIds);
        Elder e = new Elder(p.fullName, p.id.sex(), p.id.birthDate(), p.id.masked(), p.registration, h, p.living,
                clock.instant());
        e.identify(p.id.masked(), p.digest, p.id.sex(), p.id.birthDate());
        e.setFlags(p.flagsOver(ElderFlags.none()));
        e.setHealthNotes(p.healthNotes);
        e.setCheckinTime(p.checkinTime);
        ElderId id = elders.register(e).elderId();
        // The numbers were found free by the check: inserted without looking again (and without a flush
        // each); should one have been registered since, the unique index fails the batch, which is then
        // written row by row so only that row is lost.
        if (p.phones != null) {
            p.phones.forEach(n -> em.persist(RegisteredPhone.ofElder(n, id.value())));
        }
        for (RowPlan.Contact c : p.contacts) {
            FamilyContact f = new FamilyContact(id.value(), c.name(), c.relation(), Boolean.TRUE.equals(c.consent()));
            em.persist(f);
            if (c.phone() != null) {
                em.persist(RegisteredPhone.ofFamilyContact(c.phone(), f.getId()));
            }
        }
        if (p.adl != null) {
            assessments.record(id, p.adlDate, AssessmentKind.INTAKE, p.adlAssessor, p.adl, null, actor);
        }
        // As after an intake on the console: the eligibility rules enrol the new elder (updates go
        // through Elders.update, which says so itself).
        events.publishEvent(new ElderRecordChanged(id, ElderRecordChanged.Cause.INTAKE));
        return id;
    }

    private Household household(RowPlan p, Map<String, Long> householdIds) {
        Long known = householdIds.get(p.householdKey);
        if (known != null) {
            return households.findById(known).orElseThrow();
        }
        Household h = p.householdOnFile != 0L ? households.findById(p.householdOnFile).orElseThrow()
                : elders.createHousehold(p.address, p.street, p.community, p.registration);
        householdIds.put(p.householdKey, h.getId());
        return h;
    }

    private ElderId update(RowPlan p, String actor) {
        ElderId id = p.existing.elderId();
        elders.update(id, e -> {
            e.rename(p.fullName);
            e.setRegistration(p.registration);
            e.setLivingSituation(p.living);
            e.setFlags(p.flagsOver(e.getFlags() == null ? ElderFlags.none() : e.getFlags()));
            if (p.healthNotes != null) {
                e.setHealthNotes(p.healthNotes);
            }
            if (p.checkinTime != null) {
                e.setCheckinTime(p.checkinTime);
            }
        });
        if (p.changes.contains(PHONES)) {
            elders.replacePhones(id, p.phones.stream().map(PhoneNumber::digits).toList());
        }
        List<FamilyContact> family = elders.familyOf(id);
        for (RowPlan.Contact c : p.contacts) {
            if (!p.changes.contains(FAMILY_COLUMNS[c.index() - 1][0])) {
                continue;
            }
            String phone = c.phone() == null ? null : c.phone().digits();
            Optional<FamilyContact> same = family.stream().filter(f -> f.getFullName().equals(c.name())).findFirst();
            if (same.isPresent()) {
                String keep = phone != null ? phone
                        : elders.phonesOfFamilyContact(same.get().getId()).stream().findFirst().map(PhoneNumber::digits)
                                .orElse(null);
                elders.updateFamilyContact(id, same.get().getId(), c.name(), c.relation(), keep,
                        c.consent() == null ? same.get().isNotifyConsent() : c.consent());
            } else {
                elders.addFamilyContact(id, c.name(), c.relation(), phone, Boolean.TRUE.equals(c.consent()));
            }
        }
        if (p.changes.contains(ADL_DATE)) {
            assessments.record(id, p.adlDate, AssessmentKind.REASSESSMENT, p.adlAssessor, p.adl, null, actor);
        }
        return id;
    }
}
