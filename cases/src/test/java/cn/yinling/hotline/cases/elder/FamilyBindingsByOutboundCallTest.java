package cn.yinling.hotline.cases.elder;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.CasesSpringTest;
import cn.yinling.hotline.cases.elder.BindingCheck.Result;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** With an outbound call available (the seam the voice hotline implements), the code is read to the elder at once. */
@Import(FamilyBindingsByOutboundCallTest.Calls.class)
class FamilyBindingsByOutboundCallTest extends CasesSpringTest {

    private static final AtomicInteger PHONES = new AtomicInteger(7000);

    @Autowired
    FamilyBindings bindings;
    @Autowired
    Elders elders;
    @Autowired
    RecordingCall call;

    @TestConfiguration
    static class Calls {
        @Bean
        RecordingCall recordingCall() {
            return new RecordingCall();
        }
    }

    static class RecordingCall implements ElderCodeCall {
        volatile boolean reachable = true;
        volatile OneTimeCode lastCode;
        volatile Long lastElderId;

        @Override
        public boolean readToElder(BindingRequest request, OneTimeCode code) {
            lastCode = code;
            lastElderId = request.elderId().value();
            return reachable;
        }
    }

    private Elder elderWithPhone(String phone) {
        Elder e = street.elderWithPolicy(community, null);
        elders.addPhone(e.elderId(), phone);
        return e;
    }

    @Test
    void theCodeReadToTheElderBindsWithoutAnAgent() {
        call.reachable = true;
        String phone = "1320000" + String.format("%04d", PHONES.incrementAndGet());
        Elder e = elderWithPhone(phone);
        String openid = "openid-call-" + community;
        BindingRequest request = bindings.start(openid, phone, e.idNumber().lastFour(), "儿子", true);

        assertThat(call.lastElderId).isEqualTo(e.getId());
        assertThat(request.getCodeIssuedAt()).isNotNull();
        assertThat(bindings.awaitingApproval()).extracting(BindingRequest::getId).doesNotContain(request.getId());
        assertThat(bindings.enterCode(openid, call.lastCode.value()).result()).isEqualTo(Result.BOUND);
    }

    @Test
    void whenTheCallCannotBePlacedTheRequestWaitsForAnAgent() {
        call.reachable = false;
        String phone = "1320000" + String.format("%04d", PHONES.incrementAndGet());
        Elder e = elderWithPhone(phone);
        String openid = "openid-nocall-" + community;
        BindingRequest request = bindings.start(openid, phone, e.idNumber().lastFour(), "女儿", false);

        assertThat(bindings.awaitingApproval()).extracting(BindingRequest::getId).contains(request.getId());
        assertThat(bindings.enterCode(openid, call.lastCode.value()).result()).as("the unread code is void")
                .isEqualTo(Result.AWAITING_APPROVAL);
    }
}
