package cn.yinling.hotline.cases.demo;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.BookingRefusedException;
import cn.yinling.hotline.cases.booking.BookingRequest;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.ComplaintRequest;
import cn.yinling.hotline.cases.casework.ComplaintType;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.casework.Severity;
import cn.yinling.hotline.cases.catalog.ServiceCategory;
import cn.yinling.hotline.cases.elder.Adl;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.ElderFlags;
import cn.yinling.hotline.cases.elder.ElderRepository;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.FamilyContact;
import cn.yinling.hotline.cases.elder.Household;
import cn.yinling.hotline.cases.elder.LivingSituation;
import cn.yinling.hotline.cases.elder.MaskedIdNumber;
import cn.yinling.hotline.cases.elder.Registration;
import cn.yinling.hotline.cases.elder.Sex;
import cn.yinling.hotline.cases.entitlement.Entitlements;
import cn.yinling.hotline.cases.provider.Provider;
import cn.yinling.hotline.cases.provider.ProviderRepository;
import cn.yinling.hotline.cases.provider.Worker;
import cn.yinling.hotline.cases.provider.WorkerRepository;
import cn.yinling.hotline.cases.provider.WorkerShift;
import cn.yinling.hotline.cases.provider.WorkerShiftRepository;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A fictional street (银铃街道, four communities, ~200 elders) generated deterministically, with
 * families, providers, workers, and three weeks of bookings, service records, ratings, calls and
 * chats replayed through the real domain services. Loaded into an empty database of the default profile only.
 */
@Component
public class DemoStreet {

    private static final Logger log = LoggerFactory.getLogger(DemoStreet.class);
    static final String STREET = "银铃街道";
    static final List<String> COMMUNITIES = List.of("桂花社区", "梧桐社区", "枫林社区", "青松社区");
    private static final String RURAL_COMMUNITY = "枫林社区";
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"};
    private static final String[] FEMALE = {"秀英", "桂兰", "玉兰", "淑珍", "凤英", "桂英", "秀兰", "玉梅", "兰英", "素芬", "翠花", "金凤"};
    private static final String[] MALE = {"建国", "德胜", "国强", "志强", "振华", "福林", "长顺", "宝山", "文斌", "树森", "永福", "明亮"};
    private static final List<String> REGULAR = List.of("cleaning", "meal_delivery", "health_check", "companionship",
            "laundry", "grocery_shopping", "cooking");
    private static final int TOTAL_ELDERS = 200;
    private static final int HISTORY_DAYS = 21;
    private static final int UPCOMING_DAYS = 14;
    private static final int[] STARS = {5, 5, 5, 5, 5, 5, 4, 4, 4, 3, 5, 5, 5, 4, 5, 5, 5, 5, 5, 2};
    /** The WeChat openid of the demo family member 王磊, bound to 王秀英. */
    public static final String DEMO_OPENID = "demo-openid-wanglei";
    /** How many family members of the generated elders follow the Official Account ({@link #familyOpenid}). */
    public static final int FAMILY_ON_WECHAT = 100;

    private final Elders elders;
    private final ElderRepository elderRepository;
    private final Entitlements entitlements;
    private final Bookings bookings;
    private final Cases cases;
    private final ProviderRepository providers;
    private final WorkerRepository workers;
    private final WorkerShiftRepository shifts;
    private final DemoContacts contacts;
    private final Clock clock;
    private int familyOnWechat;

    DemoStreet(Elders elders, ElderRepository elderRepository, Entitlements entitlements, Bookings bookings, Cases cases,
            ProviderRepository providers, WorkerRepository workers, WorkerShiftRepository shifts, DemoContacts contacts,
            Clock clock) {
        this.contacts = contacts;
        this.elders = elders;
        this.elderRepository = elderRepository;
        this.entitlements = entitlements;
        this.bookings = bookings;
        this.cases = cases;
        this.providers = providers;
        this.workers = workers;
        this.shifts = shifts;
        this.clock = clock;
    }

    /** The openid of the i-th generated family member on WeChat, 0 ≤ i < {@link #FAMILY_ON_WECHAT}. */
    public static String familyOpenid(int i) {
        return String.format("demo-openid-family-%03d", i);
    }

    public boolean isEmpty() {
        return elderRepository.count() == 0;
    }

    public void loadIfEmpty() {
        if (!isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        Random random = new Random(20261122L);
        createProviders();
        List<Elder> subsidised = new ArrayList<>();
        createFeaturedElders(subsidised);
        createGeneratedElders(random, subsidised);
        int history = replayHistory(random, subsidised);
        int upcoming = bookUpcoming(random, subsidised);
        openSampleCases();
        log.info("Demo street loaded: {} elders, {} past and {} upcoming bookings in {} ms", elderRepository.count(),
                history, upcoming, (System.nanoTime() - started) / 1_000_000);
    }

    private void createProviders() {
        Provider home = providers.save(new Provider("银铃家政服务中心", "05552100100", COMMUNITIES.toArray(String[]::new)));
        Provider clinic = providers.save(new Provider("康乐社区卫生服务站", "05552100200", COMMUNITIES.toArray(String[]::new)));
        Provider volunteers = providers.save(new Provider("暖心志愿者协会", "05552100300", COMMUNITIES.toArray(String[]::new)));
        Set<ServiceCategory> household = EnumSet.of(ServiceCategory.HOUSEKEEPING, ServiceCategory.LIFE_CARE, ServiceCategory.ERRANDS);
        Set<ServiceCategory> health = EnumSet.of(ServiceCategory.HEALTH, ServiceCategory.DAILY_COMPANIONSHIP);
        Set<ServiceCategory> comfort = EnumSet.of(ServiceCategory.SPIRITUAL_COMFORT, ServiceCategory.LEGAL_POLICY);
        String[] names = {"孙丽", "周敏", "吴芳", "郑霞", "冯艳", "陈红", "褚娟", "卫静"};
        for (int i = 0; i < names.length; i++) {
            addWorker(home.getId(), names[i], "1370000" + String.format("%04d", i + 1), household, i % 3 == 0);
        }
        addWorker(clinic.getId(), "蒋医生", "13700000101", health, false);
        addWorker(clinic.getId(), "沈护士", "13700000102", health, true);
        addWorker(clinic.getId(), "韩护士", "13700000103", health, false);
        addWorker(volunteers.getId(), "杨志愿", "13700000201", comfort, true);
        addWorker(volunteers.getId(), "朱志愿", "13700000202", comfort, false);
    }

    private void addWorker(Long providerId, String name, String phone, Set<ServiceCategory> categories, boolean sundays) {
        // The worker number (keyed at the elder's door) is the last four digits of the demo phone: unique here.
        Worker w = workers.save(new Worker(providerId, phone.substring(phone.length() - 4), name, phone, categories));
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day == DayOfWeek.SUNDAY && !sundays) {
                continue;
            }
            shifts.save(new WorkerShift(w.getId(), day, LocalTime.of(8, 0), LocalTime.of(12, 0)));
            shifts.save(new WorkerShift(w.getId(), day, LocalTime.of(13, 30), LocalTime.of(17, 30)));
        }
    }

    /** The elders named in docs/use.md, so a newcomer can call or message in as one of them. */
    private void createFeaturedElders(List<Elder> subsidised) {
        Elder wang = featured("王秀英", Sex.FEMALE, LocalDate.of(1947, 3, 12), "桂花社区", "桂花路12号3单元101",
                Registration.URBAN, LivingSituation.ALONE, "ANQING_FREE", "13800000001", subsidised);
        elders.addPhone(wang.elderId(), "0555-2100001");
        elders.update(wang.elderId(), e -> {
            e.setFlags(new ElderFlags(true, false, false, false, false, false));
            e.assess(new Adl(false, true, false, true, true), today().minusMonths(2));
            e.setHealthNotes("高血压，行动不便，需助行器");
            e.setCheckinTime(LocalTime.of(9, 0));
        });
        FamilyContact son = elders.addFamilyContact(wang.elderId(), "王磊", "儿子", "13900000001", true);
        elders.bindWechat(son.getId(), DEMO_OPENID);

        Elder li = featured("李建国", Sex.MALE, LocalDate.of(1942, 8, 20), "梧桐社区", "梧桐巷5号",
                Registration.URBAN, LivingSituation.EMPTY_NEST, "GAOXIN_FREE", "0555-2100002", subsidised);
        elders.update(li.elderId(), e -> e.setFlags(new ElderFlags(false, false, false, true, false, false)));
        elders.addFamilyContact(li.elderId(), "李娜", "女儿", "13900000002", true);

        Household rural = elders.createHousehold("枫林村三组8号", STREET, RURAL_COMMUNITY, Registration.RURAL);
        Elder guilan = featuredIn(rural, "张桂兰", Sex.FEMALE, LocalDate.of(1949, 5, 2), LivingSituation.WITH_FAMILY,
                "RURAL_75_79", "13800000003", subsidised);
        featuredIn(rural, "张德胜", Sex.MALE, LocalDate.of(1948, 11, 30), LivingSituation.WITH_FAMILY,
                "RURAL_75_79", "13800000013", subsidised);
        elders.addFamilyContact(guilan.elderId(), "张伟", "儿子", "13900000003", false);

        Elder chen = featured("陈淑珍", Sex.FEMALE, LocalDate.of(1944, 1, 18), "青松社区", "青松苑2栋402",
                Registration.URBAN, LivingSituation.ALONE, "MAANSHAN_VOUCHER", "13800000004", subsidised);
        elders.update(chen.elderId(), e -> {
            e.setFlags(new ElderFlags(false, true, false, false, false, false));
            e.assess(new Adl(true, true, true, false, true), today().minusMonths(1));
            e.setCheckinTime(LocalTime.of(8, 30));
        });

        featured("刘志强", Sex.MALE, LocalDate.of(1950, 6, 6), "桂花社区", "桂花路20号", Registration.URBAN,
                LivingSituation.WITH_FAMILY, null, "13800000005", subsidised);
        Elder zhao = featured("赵玉梅", Sex.FEMALE, LocalDate.of(1952, 9, 9), "青松社区", "青松苑5栋101",
                Registration.URBAN, LivingSituation.EMPTY_NEST, "ANQING_LOW_COST", "13800000006", subsidised);
        elders.update(zhao.elderId(), e -> e.setFlags(new ElderFlags(false, false, true, false, false, false)));
    }

    private Elder featured(String name, Sex sex, LocalDate birth, String community, String address, Registration reg,
            LivingSituation living, String policy, String phone, List<Elder> subsidised) {
        Household h = elders.createHousehold(address, STREET, community, reg);
        return featuredIn(h, name, sex, birth, living, policy, phone, subsidised);
    }

    private Elder featuredIn(Household h, String name, Sex sex, LocalDate birth, LivingSituation living, String policy,
            String phone, List<Elder> subsidised) {
        Elder e = elders.register(new Elder(name, sex, birth, MaskedIdNumber.mask(idNumber(birth, phone.hashCode())),
                h.getRegistration(), h, living, clock.instant()));
        elders.addPhone(e.elderId(), phone);
        if (policy != null) {
            entitlements.enrol(e.elderId(), policy, today().minusMonths(6).withDayOfMonth(1), null);
            subsidised.add(e);
        }
        return e;
    }

    private void createGeneratedElders(Random random, List<Elder> subsidised) {
        int created = (int) elderRepository.count();
        int n = 0;
        while (created < TOTAL_ELDERS) {
            n++;
            String community = COMMUNITIES.get(random.nextInt(COMMUNITIES.size()));
            boolean rural = community.equals(RURAL_COMMUNITY);
            Household h = elders.createHousehold(rural ? "枫林村" + (n % 9 + 1) + "组" + n + "号"
                    : community.substring(0, 2) + "路" + n + "号", STREET, community,
                    rural ? Registration.RURAL : Registration.URBAN);
            int members = random.nextInt(6) == 0 ? 2 : 1;
            for (int m = 0; m < members && created < TOTAL_ELDERS; m++, created++) {
                Elder e = generatedElder(random, h, n, m, members);
                String policy = policyFor(random, e);
                if (policy != null) {
                    entitlements.enrol(e.elderId(), policy, today().minusMonths(3).withDayOfMonth(1), null);
                    subsidised.add(e);
                }
            }
        }
    }

    private Elder generatedElder(Random random, Household h, int n, int m, int members) {
        Sex sex = m == 0 ? (random.nextBoolean() ? Sex.FEMALE : Sex.MALE) : Sex.MALE;
        String given = (sex == Sex.FEMALE ? FEMALE : MALE)[random.nextInt(12)];
        String name = SURNAMES[random.nextInt(SURNAMES.length)] + given;
        LocalDate birth = today().minusYears(60 + random.nextInt(35)).minusDays(random.nextInt(365));
        LivingSituation living = members == 2 ? LivingSituation.EMPTY_NEST
                : LivingSituation.values()[random.nextInt(LivingSituation.values().length)];
        Elder registered = elders.register(new Elder(name, sex, birth, MaskedIdNumber.mask(idNumber(birth, n * 7 + m)),
                h.getRegistration(), h, living, clock.instant()));
        ElderFlags flags = new ElderFlags(random.nextInt(20) == 0, random.nextInt(8) == 0, random.nextInt(6) == 0,
                random.nextInt(25) == 0, random.nextInt(40) == 0, random.nextInt(12) == 0);
        Adl adl = new Adl(random.nextInt(8) == 0, random.nextInt(6) == 0, random.nextInt(7) == 0,
                random.nextInt(5) == 0, random.nextInt(4) == 0);
        LocalDate assessed = today().minusDays(random.nextInt(300));
        LocalTime checkin = LocalTime.of(8 + random.nextInt(3), random.nextBoolean() ? 0 : 30);
        Elder e = elders.update(registered.elderId(), x -> {
            x.setFlags(flags);
            x.assess(adl, assessed);
            if (living == LivingSituation.ALONE) {
                x.setCheckinTime(checkin);
            }
        });
        elders.addPhone(e.elderId(), random.nextBoolean()
                ? String.format("1358%07d", n * 10 + m) : String.format("0555-3%06d", n * 10 + m));
        if (random.nextInt(3) > 0) {
            FamilyContact contact = elders.addFamilyContact(e.elderId(), SURNAMES[random.nextInt(SURNAMES.length)] + "女士",
                    random.nextBoolean() ? "女儿" : "儿媳", String.format("1399%07d", n * 10 + m), random.nextBoolean());
            if (familyOnWechat < FAMILY_ON_WECHAT) {
                elders.bindWechat(contact.getId(), familyOpenid(familyOnWechat++));
            }
        }
        return e;
    }

    private String policyFor(Random random, Elder e) {
        int age = e.ageOn(today());
        if (e.getRegistration() == Registration.RURAL) {
            return age >= 75 && age <= 79 ? "RURAL_75_79" : null;
        }
        if (e.getFlags().sanwu() || (e.getFlags().dibao() && e.getAdl().unableToSelfCare())) {
            return "ANQING_FREE";
        }
        if (e.getFlags().lowIncome()) {
            return "ANQING_LOW_COST";
        }
        int r = random.nextInt(20);
        return r < 8 ? "GAOXIN_FREE" : r < 11 ? "MAANSHAN_VOUCHER" : null;
    }

    /**
     * Replays the last three weeks through the real services: book three days ahead; on the day, the
     * hotline's calls and chats ({@link DemoContacts}), then the visits recorded and most of them rated.
     */
    private int replayHistory(Random random, List<Elder> subsidised) {
        if (!(clock instanceof DemoClock demoClock)) {
            return 0;
        }
        int made = 0;
        LocalDate realToday = today();
        try {
            for (int d = HISTORY_DAYS; d >= 1; d--) {
                LocalDate day = realToday.minusDays(d);
                List<Booking> ofDay = new ArrayList<>();
                demoClock.replayAt(day.minusDays(3).atTime(10, 0).atZone(clock.getZone()).toInstant());
                for (int i = 0; i < 12; i++) {
                    Elder e = subsidised.get(random.nextInt(subsidised.size()));
                    LocalDateTime start = day.atTime(random.nextBoolean() ? 9 : 14, 0);
                    tryBook(e, REGULAR.get(random.nextInt(REGULAR.size())), start, "demo-h-" + d + "-" + i)
                            .ifPresent(ofDay::add);
                }
                contacts.replay(day, random, subsidised, demoClock, clock.getZone());
                demoClock.replayAt(day.atTime(18, 0).atZone(clock.getZone()).toInstant());
                for (Booking b : ofDay) {
                    int outcome = random.nextInt(20);
                    if (outcome == 0) {
                        bookings.cancel(b.getId(), "老人临时有事", "demo");
                    } else if (outcome == 1) {
                        bookings.markNoShow(b.getId(), "demo");
                    } else {
                        bookings.recordService(b.getId(), b.getDurationMinutes() + 15 * (random.nextInt(3) - 1),
                                true, null, "demo");
                        if (random.nextInt(3) > 0) {
                            // Most elders rate the visit on the follow-up call: mostly 5, now and then lower.
                            bookings.rate(b.getId(), STARS[random.nextInt(STARS.length)]);
                        }
                    }
                }
                made += ofDay.size();
            }
        } finally {
            demoClock.backToNow();
        }
        return made;
    }

    private int bookUpcoming(Random random, List<Elder> subsidised) {
        int made = 0;
        for (int d = 3; d <= UPCOMING_DAYS; d++) {
            for (int i = 0; i < 8; i++) {
                Elder e = subsidised.get(random.nextInt(subsidised.size()));
                String service = random.nextInt(4) == 0 ? "bathing" : REGULAR.get(random.nextInt(REGULAR.size()));
                LocalDateTime start = today().plusDays(d).atTime(random.nextBoolean() ? 9 : 14, 0);
                made += tryBook(e, service, start, "demo-u-" + d + "-" + i).isPresent() ? 1 : 0;
            }
        }
        return made;
    }

    private java.util.Optional<Booking> tryBook(Elder e, String service, LocalDateTime start, String key) {
        try {
            return java.util.Optional.of(bookings.book(new BookingRequest(e.elderId(), service, start, null,
                    Channel.VOICE, "demo", key, true, null)));
        } catch (BookingRefusedException full) {
            return java.util.Optional.empty();
        }
    }

    private void openSampleCases() {
        elders.findByPhone("0555-2100002").ifPresent(c -> cases.openComplaint(new ComplaintRequest(
                c.elder().elderId(), ComplaintType.LATE, Severity.NORMAL, "上周三的保洁迟到了一个多小时", null, null,
                Channel.VOICE, "demo")));
        elders.findByPhone("13800000004").ifPresent(c -> cases.openHandoff(c.elder().elderId(), "老人要求转人工咨询服务券",
                Priority.HIGH, Channel.VOICE, "demo"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A fictional ID number with a valid-looking layout (region 340500, birth date, sequence, check digit). */
    private static String idNumber(LocalDate birth, int seed) {
        String body = "340500" + birth.toString().replace("-", "") + String.format("%03d", Math.floorMod(seed, 1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
