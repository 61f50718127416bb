package cn.yinling.hotline.bot.nlu.slots;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ComplaintTypeExtractorTest {

    private final ComplaintTypeExtractor extractor = new ComplaintTypeExtractor();

    @Nested
    class Kinds {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
                "约好九点来的现在都十点了人还没到, late",
                "那个阿姨迟到了一个多小时，也不提前说一声, late",
                "我妈的助浴下午三点约的，都快五点了还在路上？？, late",
                "约的上午9点，现在10点半了还没人来！！, late",
                "那个阿姨根本就没来我等了一整天, no_show",
                "投訴！我爸約的陪診人員沒出現, no_show",
                "上礼拜约的打扫到现在都没人来过, no_show",
                "那个小伙子态度太差了对我大呼小叫的, attitude",
                "给我爸理发的师傅态度很差，还骂人😡, attitude",
                "护工对我外公很不耐烦, attitude",
                "打扫得一点都不干净糊弄人, quality",
                "理发师傅剪得跟狗啃的一样, quality",
                "洗衣服把我妈的羊毛衫洗缩水了, quality",
                "他们说要额外加钱不给就不干, overcharge",
                "通下水道的多收了我五十块, overcharge",
                "讲真，保洁只干了半小时却记了两小时, overcharge",
                "你们这个机器啥也听不懂气死我了, hotline",
                "我打你们电话一直占线一直占线, hotline",
                "投诉你们的客服热线，打了五次没打通😤, hotline",
                "阿姨走了以后我放在抽屉里的钱不见了, other",
                "修热水器的把我家墙给弄坏了, other",
                "助浴的时候把我胳膊擦破了, other",
                "你们派来的阿姨手脚不干净, other",
                "我要投诉上回来的那个师傅, other",
                "投诉！, other",
                "你们这热线晚上根本没人管, hotline",
                "排队等了二十分钟还没轮到我, hotline",
                "维修师傅修了三次空调还是不制冷, quality",
                "收费比你们说的贵多了, overcharge",
                "约了他又不来，害我白等, no_show"
        })
        void followTheConventions(String text, String kind) {
            assertThat(extractor.extract(text)).contains(kind);
        }
    }

    @Nested
    class NoGrievance {

        @ParameterizedTest
        @ValueSource(strings = {"不是投诉，就问问我爸还剩几个小时😅", "下午太晚了能不能改成上午", "不好意思，体检能推迟到下个月初吗",
                "转人工！你们机器人太蠢了", "我妈烫伤了，很大一片，快派人", "服务券能不能换成现金", "下水道又堵啦明天叫个师傅来",
                "明天上午来洗澡", "", "🙂", "能不能让阿姨早点来别迟到", "我想问问如果阿姨没来怎么办",
                "服务还行就是阿姨来得有点晚", "送餐的小伙子态度很好", "残疾人能多给点时间不", "有人在我家里翻东西我害怕",
                "说了半天还是不懂我你给我转人工", "老伴去世三年了我还是不习惯"})
        void givesNothing(String text) {
            assertThat(extractor.extract(text)).isEmpty();
        }
    }
}
