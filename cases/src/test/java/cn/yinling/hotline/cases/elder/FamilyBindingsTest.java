package cn.yinling.hotline.cases.elder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yinling.hotline.cases.CasesSpringTest;
import cn.yinling.hotline.cases.elder.BindingCheck.Result;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Binding rules on H2; {@link FamilyBindingsOnPostgresTest} runs them on PostgreSQL (hence no nested classes). */
class FamilyBindingsTest extends CasesSpringTest {

    private static final AtomicInteger PHONES = new AtomicInteger(5000);

    @Autowired
    FamilyBindings bindings;
    @Autowired
    Elders elders;
    @Autowired
    BindingProperties properties;
    @Autowired
    BindingRequestRepository requests;

    record Registered(Elder elder, String phone, String lastFour) {
    }

    Registered elderWithPhone() {
        Elder e = street.elderWithPolicy(community, null);
        String phone = "1330000" + String.format("%04d", PHONES.incrementAndGet());
        elders.addPhone(e.elderId(), phone);
        return new Registered(e, phone, e.idNumber().lastFour());
    }

    String openid() {
        return "openid-" + community + "-" + PHONES.incrementAndGet();
    }

    @Test
    void aSendersFirstTwoAnswersArrivingAtOnceAreBothCounted() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                String openid = openid();
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<BindingCheck>> both = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    both.add(pool.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        return bindings.checkPhone(openid, "138");
                    }));
                }
                List<Integer> remaining = new ArrayList<>();
                for (Future<BindingCheck> f : both) {
                    BindingCheck check = f.get(30, TimeUnit.SECONDS);
                    assertThat(check.result()).as("round %d", round).isEqualTo(Result.WRONG);
                    remaining.add(check.attemptsLeft());
                }
                int limit = properties.attemptLimit();
                assertThat(remaining).as("round %d", round).containsExactlyInAnyOrder(limit - 1, limit - 2);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    String wrongLastFour(Registered r) {
        return r.lastFour().equals("0000") ? "1111" : "0000";
    }

    @Test
    void anAgentsApprovalIssuesTheCodeThatBindsTheFamilyMember() {
        Registered r = elderWithPhone();
        String openid = openid();
        assertThat(bindings.checkPhone(openid, r.phone()).result()).isEqualTo(Result.OK);
        assertThat(bindings.checkIdentity(openid, r.phone(), r.lastFour()).result()).isEqualTo(Result.OK);
        BindingRequest request = bindings.start(openid, r.phone(), r.lastFour(), "女儿", true);

        assertThat(bindings.awaitingApproval()).extracting(BindingRequest::getId).contains(request.getId());
        assertThat(bindings.enterCode(openid, "123456").result()).isEqualTo(Result.AWAITING_APPROVAL);

        OneTimeCode code = bindings.approve(request.getId(), "李娜");
        assertThat(bindings.awaitingApproval()).extracting(BindingRequest::getId).doesNotContain(request.getId());
        BindingCheck bound = bindings.enterCode(openid, code.value());

        assertThat(bound.result()).isEqualTo(Result.BOUND);
        assertThat(bound.contact().getElderId()).isEqualTo(r.elder().getId());
        assertThat(bindings.boundTo(openid)).singleElement().satisfies(f -> {
            assertThat(f.getRelation()).isEqualTo("女儿");
            assertThat(f.isNotifyConsent()).isTrue();
            assertThat(f.getWechatBoundAt()).isEqualTo(clock.instant());
        });
        BindingRequest done = requests.findById(request.getId()).orElseThrow();
        assertThat(done.getState()).isEqualTo(BindingState.APPROVED);
        assertThat(done.getApprovedBy()).isEqualTo("李娜");
        assertThat(bindings.enterCode(openid, code.value()).result()).as("the code works once")
                .isEqualTo(Result.NO_REQUEST);
    }

    @Test
    void aRequestNeedsTheRightPhoneAndIdDigits() {
        Registered r = elderWithPhone();
        assertThatThrownBy(() -> bindings.start(openid(), r.phone(), wrongLastFour(r), "儿子", false))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFamilyMemberCanBeBoundToSeveralEldersAndUnbindOne() {
        Registered mother = elderWithPhone();
        Registered father = elderWithPhone();
        String openid = openid();
        bind(openid, mother, "儿子");
        bind(openid, father, "儿子");
        assertThat(bindings.boundTo(openid)).extracting(FamilyContact::getElderId)
                .containsExactlyInAnyOrder(mother.elder().getId(), father.elder().getId());

        assertThat(bindings.unbind(openid, mother.elder().elderId())).isTrue();
        assertThat(bindings.boundTo(openid)).extracting(FamilyContact::getElderId)
                .containsExactly(father.elder().getId());
        assertThat(bindings.unbind(openid, mother.elder().elderId())).isFalse();
    }

    @Test
    void anUnusedCodeExpires() {
        Registered r = elderWithPhone();
        String openid = openid();
        BindingRequest request = bindings.start(openid, r.phone(), r.lastFour(), "其他亲属", false);
        OneTimeCode code = bindings.approve(request.getId(), "李娜");
        clock.advance(properties.codeValidity().plusMinutes(1));
        assertThat(bindings.enterCode(openid, code.value()).result()).isEqualTo(Result.NO_REQUEST);
        assertThat(requests.findById(request.getId()).orElseThrow().getState()).isEqualTo(BindingState.EXPIRED);
        assertThat(bindings.boundTo(openid)).isEmpty();
        assertThatThrownBy(() -> bindings.approve(request.getId(), "李娜")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void fiveWrongAnswersLockTheSenderForTheLockPeriod() {
        Registered r = elderWithPhone();
        String openid = openid();
        assertThat(bindings.checkPhone(openid, "130").attemptsLeft()).as("not a phone number").isEqualTo(4);
        bindings.checkIdentity(openid, "13011112223", "1234");
        bindings.checkIdentity(openid, r.phone(), wrongLastFour(r));
        BindingCheck fourth = bindings.checkIdentity(openid, r.phone(), wrongLastFour(r));
        assertThat(fourth.result()).isEqualTo(Result.WRONG);
        assertThat(fourth.attemptsLeft()).isEqualTo(1);

        BindingCheck fifth = bindings.checkPhone(openid, "131");
        assertThat(fifth.result()).isEqualTo(Result.LOCKED);
        assertThat(fifth.lockedUntil()).isEqualTo(clock.instant().plus(properties.lockPeriod()));
        assertThat(bindings.checkIdentity(openid, r.phone(), r.lastFour()).result())
                .as("even the right answer is not checked while locked").isEqualTo(Result.LOCKED);

        clock.advance(properties.lockPeriod());
        assertThat(bindings.checkIdentity(openid, r.phone(), r.lastFour()).result()).isEqualTo(Result.OK);
    }

    @Test
    void wrongCodesCountTowardsTheLock() {
        Registered r = elderWithPhone();
        String openid = openid();
        BindingRequest request = bindings.start(openid, r.phone(), r.lastFour(), "儿子", true);
        OneTimeCode code = bindings.approve(request.getId(), "周强");
        String wrong = code.value().equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 4; i++) {
            assertThat(bindings.enterCode(openid, wrong).result()).isEqualTo(Result.WRONG);
        }
        assertThat(bindings.enterCode(openid, wrong).result()).isEqualTo(Result.LOCKED);
        assertThat(bindings.enterCode(openid, code.value()).result()).isEqualTo(Result.LOCKED);
        assertThat(requests.findById(request.getId()).orElseThrow().getAttempts()).isEqualTo(5);
        assertThat(bindings.boundTo(openid)).isEmpty();
    }

    @Test
    void anotherSendersMistakesDoNotLockThisOne() {
        Registered r = elderWithPhone();
        String careless = openid();
        for (int i = 0; i < 5; i++) {
            bindings.checkPhone(careless, "130");
        }
        assertThat(bindings.checkPhone(openid(), r.phone()).result()).isEqualTo(Result.OK);
    }

    private void bind(String openid, Registered r, String relation) {
        BindingRequest request = bindings.start(openid, r.phone(), r.lastFour(), relation, true);
        assertThat(bindings.enterCode(openid, bindings.approve(request.getId(), "李娜").value()).result())
                .isEqualTo(Result.BOUND);
    }
}
