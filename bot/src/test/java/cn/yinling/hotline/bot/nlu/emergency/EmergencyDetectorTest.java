package cn.yinling.hotline.bot.nlu.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yinling.hotline.bot.nlu.emergency.Danger.Verdict;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The emergency rules as the policy reads: what is danger now, what is only asked about, what is not. */
class EmergencyDetectorTest {

    private final EmergencyDetector detector = EmergencyDetector.standard();

    private Verdict verdict(String text) {
        return detector.detect(text).verdict();
    }

    @Nested
    class DangerNowGoesToAPerson {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource(delimiter = '|', textBlock = """
                我摔倒了起不来                 | fall
                胸口疼                         | chest_pain
                喘不上气                       | breathing
                我老伴嘴歪了说话不清楚          | stroke
                手被刀割了流了好多血            | bleeding
                我被开水烫伤了                  | burn
                我老伴吃饭噎住了                | choking
                家里好大的煤气味                | gas
                厨房里着火了                    | fire
                有人在撬我家门                  | intruder
                我爸有老年痴呆出门到现在没回来   | missing
                我不想活了                      | suicide
                快来人                          | call_for_help
                """)
        void inEveryCategory(String text, String category) {
            Danger d = detector.detect(text);
            assertThat(d.verdict()).as(d.toString()).isEqualTo(Verdict.EMERGENCY);
            assertThat(d.category()).isEqualTo(category);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                我跶倒了起不来了               | south-western: 跶倒
                出不赢气了                      | south-western: cannot catch breath
                我阿妈喺厕所跌咗，起唔到身       | Cantonese
                屋企有石油气味                  | Cantonese: LPG smell
                我俾滚水辣亲咗                  | Cantonese: scalded
                我卡了个跟头起不来了            | north-eastern
                跑煤气了                        | north-eastern: gas leak
                我媽摔倒了起不來                | traditional characters
                喘不過氣                        | traditional characters
                喂喂我妈摔倒了起不来你们快来人啊 | speech without punctuation
                喘 不上 气                      | speech with stray spaces
                穿不上气了                      | a speech recogniser's homophone
                """)
        void inDialectTraditionalCharactersAndSpeech(String text, String why) {
            assertThat(verdict(text)).as(why).isEqualTo(Verdict.EMERGENCY);
        }

        @Test
        void afterANegationOfSomethingElse() {
            assertThat(verdict("不是预约，是我妈摔倒了")).isEqualTo(Verdict.EMERGENCY);
            assertThat(verdict("不是预约是我妈摔倒了")).isEqualTo(Verdict.EMERGENCY);
            assertThat(verdict("别急我摔倒了起不来")).isEqualTo(Verdict.EMERGENCY);
        }

        @Test
        void attheEndOfALongRamble() {
            assertThat(verdict("你好我想问一下那个助浴的事情哦对了我妈刚才在院子里摔了一跤现在坐在地上起不来了"))
                    .isEqualTo(Verdict.EMERGENCY);
        }

        @Test
        void whenAPastEventIsFollowedByANewOne() {
            assertThat(verdict("去年摔过一次好了，现在又摔了起不来")).isEqualTo(Verdict.EMERGENCY);
        }

        @Test
        void whenAQuestionSuspectsIt() {
            assertThat(verdict("是不是中风了")).isEqualTo(Verdict.EMERGENCY);
            assertThat(verdict("有没有人啊我摔倒了")).isEqualTo(Verdict.EMERGENCY);
        }

        @Test
        void whenTwoWeakSignsComeTogether() {
            assertThat(verdict("我头好晕")).isEqualTo(Verdict.UNSURE);
            assertThat(verdict("我头好晕，眼前发黑")).isEqualTo(Verdict.EMERGENCY);
        }

        @Test
        void whenSomeoneWithDementiaHasNotComeBack() {
            assertThat(verdict("我妈出去买菜还没回来")).isEqualTo(Verdict.UNSURE);
            assertThat(verdict("我妈有点糊涂，出去买菜还没回来")).isEqualTo(Verdict.EMERGENCY);
        }
    }

    @Nested
    class WeakCuesAreAskedAbout {

        @ParameterizedTest(name = "{0}")
        @CsvSource(textBlock = """
                我头好晕
                我不舒服
                我差点摔倒
                万一摔倒了怎么办
                昨天摔了一跤今天想约个推拿
                摔了一跤，不过没事了
                """)
        void ratherThanGuessed(String text) {
            assertThat(verdict(text)).isEqualTo(Verdict.UNSURE);
        }

        @Test
        void suicidalTalkIsNeverDismissedAsPast() {
            assertThat(verdict("以前我就想过自杀")).isEqualTo(Verdict.UNSURE);
        }
    }

    @Nested
    class DenialsAndThePastAreNoEmergency {

        @ParameterizedTest(name = "{0}")
        @CsvSource(textBlock = """
                我没摔倒
                我妈没在家摔倒
                我妈摔的那次已经好了
                上次胸口疼去医院查过了没事
                我老伴中风好几年了，想申请上门康复
                没有危险，谢谢
                不用叫救护车，我没事
                """)
        void denied(String text) {
            assertThat(verdict(text)).isEqualTo(Verdict.DENIED);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(textBlock = """
                电饭煲坏了想找人修
                今晚想吃火锅
                我有点着急，师傅什么时候来
                帮我约个理发，再烫个头
                我家燃气灶打不着火，想找人修
                煤气罐没气了，帮我换一下
                出去量血压
                摔倒报警器怎么申请
                想死你们了
                我家猫跑丢了
                120块钱的服务券怎么用
                我的电话是13812012345
                138-120-12345
                身份证后四位120X
                幺三八幺二零幺二三四五六
                120.50元
                我想预约助浴
                查一下余额
                """)
        void harmlessWordsAreNoCue(String text) {
            assertThat(verdict(text)).isEqualTo(Verdict.NONE);
        }
    }

    @Nested
    class EachDecisionSaysWhy {

        @Test
        void theCueAndItsCategory() {
            Danger d = detector.detect("我媽摔倒了起不來");
            assertThat(d.categoryName()).isEqualTo("跌倒");
            assertThat(d.cue()).isEqualTo("起不来");
            assertThat(d.weakenedBy()).isNull();
        }

        @Test
        void theWordThatDeniedOrWeakenedIt() {
            assertThat(detector.detect("我没摔倒").weakenedBy()).isEqualTo("没");
            assertThat(detector.detect("上次胸口疼去医院查过了没事").weakenedBy()).isEqualTo("上次");
            assertThat(detector.detect("万一摔倒了怎么办").weakenedBy()).isEqualTo("万一");
        }

        @Test
        void nothingForNothing() {
            assertThat(detector.detect("查一下余额")).isEqualTo(Danger.NONE);
            assertThat(detector.detect("")).isEqualTo(Danger.NONE);
            assertThat(detector.detect(null)).isEqualTo(Danger.NONE);
        }
    }

    @Nested
    class RulesAreData {

        private EmergencyDetector rules(String yaml) {
            return EmergencyDetector.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
        }

        @Test
        void aCategoryOfOurOwn() {
            EmergencyDetector d = rules("""
                    negation: {within: 1, words: [没]}
                    categories:
                      - id: flood
                        name: 漏水
                        strong: [水漫金山]
                        strongPairs: ["水管 +2 爆了"]
                    """);
            assertThat(d.detect("家里水漫金山了").category()).isEqualTo("flood");
            assertThat(d.detect("水管又爆了").verdict()).isEqualTo(Verdict.EMERGENCY);
            assertThat(d.detect("水管没事").verdict()).isEqualTo(Verdict.NONE);
            assertThat(d.detect("没水漫金山").verdict()).isEqualTo(Verdict.DENIED);
        }

        @Test
        void aMistypedRuleFileFailsAtStartUp() {
            assertThatThrownBy(() -> rules("categories:\n  - id: x\n    name: y\n    strongg: [a]\n"))
                    .hasMessageContaining("strongg");
            assertThatThrownBy(() -> rules("categories:\n  - id: x\n    name: y\n    strongPairs: [\"a b\"]\n"))
                    .hasMessageContaining("A|B + C|D");
            assertThatThrownBy(() -> rules("except: [a]\n")).hasMessageContaining("no categories");
        }
    }
}
