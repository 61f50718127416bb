package cn.yinling.hotline.bot.nlu.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.yinling.hotline.bot.nlu.IntentPrediction;
import cn.yinling.hotline.bot.nlu.Intents;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Uses the model the build trained into target/classes (nlu/intent-model.bin). */
class OpenNlpIntentClassifierTest {

    private static OpenNlpIntentClassifier classifier;

    @BeforeAll
    static void loadShippedModel() {
        classifier = new OpenNlpIntentClassifier();
    }

    @AfterAll
    static void release() {
        classifier = null;
    }

    /** Paraphrases written for this test; none is in the training data or the development set. */
    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            下礼拜二上午想请人上门帮我老伴洗个澡          | book_service
            给我妈订一个每天中午的送饭服务                | book_service
            我家那个补贴的钟点还有多少没用                | query_balance
            老爷子账户里的补助还剩几个钟头啊              | query_balance
            我约的那个保洁阿姨是不是明天下午来            | query_booking
            帮我看一下我妈下周都排了哪些服务              | query_booking
            后天的理发不要了帮我退掉                      | cancel_booking
            那个陪诊我们不去了取消掉吧                    | cancel_booking
            周四的助浴能不能挪到周六上午                  | reschedule_booking
            送饭的时间往后推一个钟头行不行                | reschedule_booking
            上门的护工把我家地板划坏了还不认              | complaint
            约好的打扫说来又没来也不打个招呼              | complaint
            我老头子刚才一下子倒在地上叫不醒了            | emergency
            我妈说她胸口闷得厉害喘不过气来                | emergency
            不想跟机器讲话给我转个真人                    | human_agent
            麻烦帮我接一下你们的人工                      | human_agent
            服务券用不完能不能留到下个季度用              | policy_inquiry
            农村的老人能不能申请上门服务的补贴            | policy_inquiry
            我家孙子今年上小学了可聪明了                  | chitchat
            今天去公园转了一圈看人家下象棋                | chitchat
            哈喽您好                                      | greeting
            您好在的吗                                    | greeting
            好的没啥事了那就先挂了                        | goodbye
            那就这样回头见                                | goodbye
            嗯对就这样                                    | affirm
            好的好的就按你说的来                          | affirm
            这个不行我不同意                              | deny
            不对不是周三是周四                            | deny
            那个阿姨服务很周到给她打五分                  | rate_service
            这次洗澡的师傅挺细心的我很满意                | rate_service
            你们这里招不招司机我想找个活干                | out_of_scope
            帮我看看明天会不会下雨                        | out_of_scope
            """)
    void classifiesUnseenParaphrasesOfEachIntent(String text, String intent) {
        assertThat(classifier.classify(text).intent()).isEqualTo(intent);
    }

    @Test
    void negationTrapFollowsTheMeaningNotTheNegatedWord() {
        assertThat(classifier.classify("不是投诉就是问问还剩几个小时").intent()).isEqualTo(Intents.QUERY_BALANCE);
        assertThat(classifier.classify("我没摔跤你放心就是一个人待着想找人说说话").intent()).isEqualTo(Intents.CHITCHAT);
        assertThat(classifier.classify("我不是要取消是想换到下礼拜").intent()).isEqualTo(Intents.RESCHEDULE_BOOKING);
    }

    @Test
    void emergencyBeatsBookingInTheSameSentence() {
        assertThat(classifier.classify("本来想约明天洗澡的可是我老伴刚才在厨房摔倒了爬不起来").intent())
                .isEqualTo(Intents.EMERGENCY);
    }

    @Test
    void predictionCarriesTheProbabilityOfEveryLabelAndTheBestOneAsConfidence() {
        IntentPrediction prediction = classifier.classify("帮我约明天下午的理发");
        assertThat(prediction.scores()).containsOnlyKeys(Intents.ALL);
        assertThat(prediction.scores().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(prediction.confidence()).isEqualTo(prediction.scores().get(prediction.intent()));
        assertThat(prediction.scores().values()).allSatisfy(p -> assertThat(p).isLessThanOrEqualTo(prediction.confidence()));
        assertThat(prediction.scores().keySet().iterator().next()).isEqualTo(prediction.intent());
    }

    @Test
    void emptyEmojiOnlyAndVeryLongInputDoNotThrow() {
        for (String text : new String[] {null, "", "   ", "😂😂😂🙏", "，。！？……", "喂".repeat(10_000),
                "我想约助浴".repeat(2_000)}) {
            IntentPrediction prediction = classifier.classify(text);
            assertThat(prediction.intent()).isIn(Intents.ALL);
            assertThat(prediction.confidence()).isBetween(0.0, 1.0);
            assertThat(prediction.scores()).hasSize(Intents.ALL.size());
        }
    }

    @Test
    void manyThreadsClassifyingAtOnceGetTheSameAnswersAsOneThread() throws Exception {
        List<String> texts = List.of("我想预约明天上午的助浴", "不是投诉就是问问还剩几个小时", "救命啊我起不来了", "转人工",
                "给五颗星", "取消后天的理发", "改到下周三", "你好", "再见", "是的", "不对", "补贴怎么申请",
                "我孙子考上大学了", "帮我买张彩票", "我的预约是几点", "那个阿姨迟到了一个小时");
        List<IntentPrediction> expected = texts.stream().map(classifier::classify).toList();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int t = 0; t < 64; t++) {
                int offset = t;
                tasks.add(() -> {
                    for (int round = 0; round < 20; round++) {
                        for (int i = 0; i < texts.size(); i++) {
                            int k = (i + offset) % texts.size();
                            if (!classifier.classify(texts.get(k)).equals(expected.get(k))) {
                                return false;
                            }
                        }
                    }
                    return true;
                });
            }
            for (Future<Boolean> result : pool.invokeAll(tasks)) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void loadingTheShippedModelTakesWellUnderASecond() {
        long start = System.nanoTime();
        OpenNlpIntentClassifier.loadModel(OpenNlpIntentClassifier.MODEL_RESOURCE);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).isLessThan(1_000);
    }
}
