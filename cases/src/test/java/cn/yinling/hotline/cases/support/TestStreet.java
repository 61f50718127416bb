package cn.yinling.hotline.cases.support;

import cn.yinling.hotline.cases.catalog.ServiceCategory;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Elders;
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
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds small, known worlds for tests: a community, its elders and the workers serving it.
 * Declared as a bean by each module's test application.
 */
public class TestStreet {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final Elders elders;
    private final Entitlements entitlements;
    private final ProviderRepository providers;
    private final WorkerRepository workers;
    private final WorkerShiftRepository shifts;

    public TestStreet(Elders elders, Entitlements entitlements, ProviderRepository providers, WorkerRepository workers,
            WorkerShiftRepository shifts) {
        this.elders = elders;
        this.entitlements = entitlements;
        this.providers = providers;
        this.workers = workers;
        this.shifts = shifts;
    }

    /** A fresh community name, so tests sharing one database do not see each other's workers. */
    public String newCommunity() {
        return "测试社区" + SEQ.incrementAndGet();
    }

    public Household household(String community, Registration registration) {
        return elders.createHousehold("测试路" + SEQ.incrementAndGet() + "号", "测试街道", community, registration);
    }

    public Elder elder(Household household, String name) {
        String digits = String.format("%04d", SEQ.incrementAndGet() % 10000);
        return elders.register(new Elder(name, Sex.FEMALE, LocalDate.of(1948, 5, 1),
                MaskedIdNumber.mask("34050019480501" + digits), household.getRegistration(), household,
                LivingSituation.ALONE, Instant.EPOCH));
    }

    /** An elder in her own household with a policy from long ago, open-ended. */
    public Elder elderWithPolicy(String community, String policyCode) {
        Elder e = elder(household(community, Registration.URBAN), "王秀英");
        if (policyCode != null) {
            entitlements.enrol(e.elderId(), policyCode, LocalDate.of(2020, 1, 1), null);
        }
        return e;
    }

    /** A worker who does every kind of service, every day 08:00–20:00, {@code capacity} visits at a time. */
    public Worker worker(String community, int capacity) {
        return worker(community, capacity, LocalTime.of(8, 0), LocalTime.of(20, 0));
    }

    /** A worker available every day between {@code from} and {@code to}. */
    public Worker worker(String community, int capacity, LocalTime from, LocalTime to) {
        return worker(community, capacity, from, to, "测试护工");
    }

    /** A worker with a name (the phone names workers by surname: 张师傅), every day 08:00–20:00. */
    public Worker worker(String community, int capacity, String fullName) {
        return worker(community, capacity, LocalTime.of(8, 0), LocalTime.of(20, 0), fullName);
    }

    private Worker worker(String community, int capacity, LocalTime from, LocalTime to, String fullName) {
        Provider p = providers.save(new Provider("测试服务社" + SEQ.incrementAndGet(), null, community));
        Worker w = workers.save(new Worker(p.getId(), fullName, null, EnumSet.allOf(ServiceCategory.class), capacity));
        for (DayOfWeek d : DayOfWeek.values()) {
            shifts.save(new WorkerShift(w.getId(), d, from, to));
        }
        return w;
    }
}
