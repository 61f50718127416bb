package cn.yinling.hotline.cases.sms;

import java.util.List;

/**
 * One message as a gateway sends it: to {@code phone} (11 digits, a mainland mobile), the wording of
 * the hotline's {@code template} key, filled in order with {@code params}.
 */
public record OutgoingSms(String phone, String template, List<String> params) {

    public OutgoingSms {
        params = List.copyOf(params);
    }
}
