package cn.yinling.hotline.bot.nlu.slots;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceExtractorTest {

    private static final ServiceExtractor EXTRACTOR = new ServiceExtractor();

    @Nested
    class CatalogWords {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
                "帮我约个助浴, bathing",
                "我要约个人来给我打扫卫生, cleaning",
                "俺想叫个人来家里搞搞卫生, cleaning",
                "帮我安排一下理发, haircut",
                "我家马桶堵了能不能派个人来通一下, pipe_dredging",
                "我要订老年餐, meal_delivery",
                "预约一下量血压, health_check",
                "约个陪同就医, escort_medical",
                "预约个按摩理疗, rehab_nursing",
                "给我建个健康档案, health_record",
                "帮我约个律师咨询一下遗嘱的事, legal_advice",
                "想约个心理咨询, psych_support",
                "节日慰问那个, holiday_visit",
                "我要代购点米和油, grocery_shopping",
                "能不能帮我去医院配药, medicine_errand",
                "想给我爸约日间照料, day_care",
                "约个上门做饭的中午来, cooking",
                "帮我约个洗衣服的, laundry",
                "我想约个人来陪我说说话, companionship"
        })
        void mapToCatalogCodes(String text, String code) {
            assertThat(EXTRACTOR.extract(text)).contains(code);
        }

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
                "后天来搞卫生, cleaning",
                "大后天上午帮我打扫一下, cleaning",
                "下礼拜三来给我妈洗澡, bathing",
                "礼拜天能不能来擦身子, bathing",
                "想找人陪去医院看病, escort_medical",
                "明儿个来理发, haircut",
                "后儿个来剪头, haircut",
                "过两天送饭过来, meal_delivery"
        })
        void colloquialNamesAreTheCatalogsServices(String text, String code) {
            assertThat(EXTRACTOR.extract(text)).contains(code);
        }

        @Test
        void theLongestWordWins() {
            assertThat(EXTRACTOR.extract("我想给老伴申请全天陪护")).contains("day_care");
            assertThat(EXTRACTOR.extract("老妈的降压药快吃完了，能帮忙代买药吗")).contains("medicine_errand");
            assertThat(EXTRACTOR.extract("约个康复护理")).contains("rehab_nursing");
        }

        @Test
        void traditionalCharactersAreRead() {
            assertThat(EXTRACTOR.extract("幫我媽約個陪同就醫")).contains("escort_medical");
            assertThat(EXTRACTOR.extract("不是體檢，是量血壓")).contains("health_check");
        }
    }

    @Nested
    class HomophonesAndSplitWords {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
                "我想预越明天上午的主浴, bathing",
                "我想要那个主餐, meal_delivery",
                "约个赔诊, escort_medical",
                "侬好阿拉想约个汰浴的服务, bathing",
                "帮我看看余额还够不够洗一次澡, bathing",
                "我头发长了想叫人上门剃个头, haircut",
                "我想叫人来帮我剪剪指甲擦擦身子, bathing",
                "帮我买点菜明天上午送过来, grocery_shopping",
                "想让医生上门给我测测血糖, health_check"
        })
        void areUnderstood(String text, String code) {
            assertThat(EXTRACTOR.extract(text)).contains(code);
        }
    }

    @Nested
    class Descriptions {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
                "热水器坏了好几天了能不能派人来修一下, appliance_repair",
                "电视机不出图像了找个人来修修, appliance_repair",
                "我妈家空调不制冷了 能不能派个师傅, appliance_repair",
                "修完电视第二天又坏了, appliance_repair",
                "后天我要去医院复查没人陪能不能派个人陪我去, escort_medical",
                "我爸腿不方便，想约人陪他去医院看病, escort_medical",
                "厨房下水道又堵了, pipe_dredging",
                "洗完澡地上全是水也不擦, bathing"
        })
        void mapToTheService(String text, String code) {
            assertThat(EXTRACTOR.extract(text)).contains(code);
        }
    }

    @Nested
    class NoCareRequest {

        @ParameterizedTest
        @ValueSource(strings = {"我要去做饭了先挂了", "我去做饭了", "我出门去买菜了回头说", "你们公司还招人不我会做饭",
                "我想在你们这当保洁员", "我会理发能不能去你们那上班", "你们要不要买我们的按摩椅", "我在卫生间摔倒了",
                "我没摔倒就是想找人说说话", "我不是要约陪聊就想跟你随便说两句", "失能老人有没有长期护理补贴？",
                "老人要洗衣液", "你好", "", "😀😀", "不是洗澡", "不用派人来我好着呢就是想跟你说说话"})
        void givesNothing(String text) {
            assertThat(EXTRACTOR.extract(text)).isEmpty();
        }
    }

    @Nested
    class Corrections {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
                "不是洗澡是理发, haircut",
                "不是主浴我要的是打扫卫生, cleaning",
                "不要买菜是要做饭, cooking",
                "不是陪诊，是陪聊, companionship"
        })
        void theCorrectedServiceWins(String text, String code) {
            assertThat(EXTRACTOR.extract(text)).contains(code);
        }

        @Test
        void aCancelledServiceIsStillNamed() {
            assertThat(EXTRACTOR.extract("俺不想要那个送饭了退了吧")).contains("meal_delivery");
        }
    }
}
