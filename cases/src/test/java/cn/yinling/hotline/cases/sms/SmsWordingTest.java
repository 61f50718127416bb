package cn.yinling.hotline.cases.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SmsWordingTest {

    @Test
    void namedParametersFillTheTemplateAndAnUnknownOneStaysVisible() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("time", "3月5日10:00");
        p.put("elder", "王阿姨");
        p.put("service", "助浴$1\\");
        assertThat(SmsWording.text("dispatch.cancelled", p)).isEqualTo("取消：3月5日10:00 王阿姨的助浴$1\\不用去了，请勿上门。");
        assertThat(SmsWording.text("dispatch.cancelled", Map.of("time", "x"))).contains("${elder}");
    }

    @Test
    void theDispatchNoticesFitOneSegmentWithATypicalAddress() {
        Map<String, String> p = Map.of("time", "12月25日10:30", "service", "助浴", "minutes", "120",
                "elder", "欧阳阿姨", "address", "幸福路12号3栋201", "hotline", "12349", "code", "123456");
        ResourceBundle bundle = ResourceBundle.getBundle("messages.sms", Locale.ROOT);
        for (String key : new String[] {"dispatch.issued", "dispatch.changed", "dispatch.cancelled"}) {
            assertThat(bundle.getString(key)).isNotBlank();
            // 70 characters a segment, less the provider's signature 【银铃热线】.
            assertThat(SmsWording.text(key, p)).as(key).hasSizeLessThanOrEqualTo(70 - 6).doesNotContain("${");
        }
    }
}
