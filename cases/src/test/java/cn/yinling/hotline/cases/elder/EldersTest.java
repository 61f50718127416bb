package cn.yinling.hotline.cases.elder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yinling.hotline.cases.CasesSpringTest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

class EldersTest extends CasesSpringTest {

    @Autowired
    Elders elders;

    @Test
    void theSameNumberInAnySpellingFindsTheSameElder() {
        Elder e = street.elderWithPolicy(community, null);
        String mobile = "139" + String.format("%08d", e.getId());
        elders.addPhone(e.elderId(), mobile);
        elders.addPhone(e.elderId(), "0555-6" + String.format("%06d", e.getId()));
        for (String spelling : new String[] {mobile, "+86" + mobile, "0086 " + mobile, "86" + mobile,
                "+86 555 6" + String.format("%06d", e.getId()), "6" + String.format("%06d", e.getId())}) {
            assertThat(elders.findByPhone(spelling)).as(spelling).get()
                    .satisfies(c -> assertThat(c.elder().getId()).isEqualTo(e.getId()));
        }
    }

    @Test
    void aFamilyMembersNumberFindsTheElderTheyActFor() {
        Elder e = street.elderWithPolicy(community, null);
        String mobile = "137" + String.format("%08d", e.getId());
        elders.addFamilyContact(e.elderId(), "王磊", "儿子", mobile, true);
        Caller caller = elders.findByPhone("+86 " + mobile).orElseThrow();
        assertThat(caller.isElder()).isFalse();
        assertThat(caller.familyContact().getRelation()).isEqualTo("儿子");
        assertThat(caller.actsFor()).extracting(Elder::getId).containsExactly(e.getId());
    }

    @Test
    void unknownAndGarbageNumbersFindNobody() {
        assertThat(elders.findByPhone("13011112222")).isEmpty();
        assertThat(elders.findByPhone("anonymous")).isEmpty();
        assertThat(elders.findByPhone("")).isEmpty();
    }

    @Test
    void aNumberCanBelongToOnlyOnePerson() {
        Elder a = street.elderWithPolicy(community, null);
        Elder b = street.elderWithPolicy(community, null);
        String mobile = "136" + String.format("%08d", a.getId());
        elders.addPhone(a.elderId(), mobile);
        assertThatThrownBy(() -> elders.addPhone(b.elderId(), "+86" + mobile))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("already registered");
    }

    @Test
    void twoPeopleRegisteringTheSameNumberAtOnceGetOneRegisteredAndOneRefusal() throws Exception {
        Elder a = street.elderWithPolicy(community, null);
        Elder b = street.elderWithPolicy(community, null);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                String mobile = "135" + String.format("%05d%03d", a.getId(), round);
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<?>> both = List.of(
                        pool.submit(() -> registerAtOnce(together, () -> elders.addPhone(a.elderId(), mobile))),
                        pool.submit(() -> registerAtOnce(together,
                                () -> elders.addFamilyContact(b.elderId(), "王磊", "儿子", mobile, true))));
                List<Throwable> refusals = new ArrayList<>();
                for (Future<?> f : both) {
                    try {
                        f.get(30, TimeUnit.SECONDS);
                    } catch (ExecutionException e) {
                        refusals.add(e.getCause());
                    }
                }
                assertThat(refusals).as("round %d", round).singleElement()
                        .isInstanceOf(PhoneNumberTakenException.class);
                assertThat(elders.findByPhone(mobile)).as("round %d", round).isPresent();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Void registerAtOnce(CyclicBarrier together, Runnable register) throws Exception {
        together.await(10, TimeUnit.SECONDS);
        register.run();
        return null;
    }

    @Test
    void aRuralHouseholdMayMoveItsServiceAddressTwiceAYear() {
        Household h = street.household(community, cn.yinling.hotline.cases.elder.Registration.RURAL);
        Elder e = street.elder(h, "张桂兰");
        entitlements.enrol(e.elderId(), "RURAL_75_79", LocalDate.of(2025, 1, 1), null);
        elders.changeHouseholdAddress(h.getId(), "城里女儿家");
        elders.changeHouseholdAddress(h.getId(), "回村里老家");
        assertThatThrownBy(() -> elders.changeHouseholdAddress(h.getId(), "又去城里"))
                .isInstanceOf(AddressChangeLimitException.class).hasMessageContaining("at most 2 times a year");
        assertThat(elders.get(e.elderId()).getAddress()).isEqualTo("回村里老家");
        clock.set(LocalDateTime.of(2027, 1, 2, 9, 0));
        elders.changeHouseholdAddress(h.getId(), "新的一年去城里");
        assertThat(elders.get(e.elderId()).getAddress()).isEqualTo("新的一年去城里");
    }
}
