package cn.yinling.hotline.bot.faq;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PolicyFaqTest {

    private final PolicyFaq faq = PolicyFaq.load(getClass().getResourceAsStream("/faq/policy-faq.yml"));

    @Test
    void answersRolloverQuestionsFromTheSeedRules() {
        assertThat(faq.answer("这个月没用完的小时下个月还能用吗")).get()
                .satisfies(e -> assertThat(e.id()).isEqualTo("rollover"));
    }

    @Test
    void answersHowToApplyForVouchers() {
        assertThat(faq.answer("服务券怎么申请，要带什么材料")).get()
                .satisfies(e -> assertThat(e.id()).isEqualTo("apply-voucher"));
    }

    @Test
    void answersWhatOverageCosts() {
        assertThat(faq.answer("补贴用完了超出的部分怎么收费")).get()
                .satisfies(e -> assertThat(e.id()).isEqualTo("overage"));
    }

    @Test
    void answersTheGaoxinPlanAndHowMaanshanVouchersAreUsed() {
        assertThat(faq.answer("高新区的补贴政策是什么")).get()
                .satisfies(e -> assertThat(e.id()).isEqualTo("gaoxin"));
        assertThat(faq.answer("马鞍山服务券怎么用")).get()
                .satisfies(e -> assertThat(e.id()).isEqualTo("voucher-use"));
    }

    @Test
    void knowsNothingAboutTheWeather() {
        assertThat(faq.answer("明天天气怎么样")).isEmpty();
        assertThat(faq.answer("")).isEmpty();
    }
}
