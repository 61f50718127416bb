package cn.yinling.hotline.ivr.call;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.bot.reply.Messages;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.catalog.ServiceCatalog;
import cn.yinling.hotline.cases.catalog.ServiceItem;
import cn.yinling.hotline.ivr.simulator.CallEnd;
import cn.yinling.hotline.ivr.simulator.CallRecord;
import cn.yinling.hotline.ivr.simulator.Caller;
import cn.yinling.hotline.ivr.simulator.CallerStep;
import cn.yinling.hotline.ivr.simulator.PlayedPrompt;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An elder alone with a keypad books every service of the catalog: over the FastAGI socket, with
 * keys only, choosing in each menu what she hears that leads to her service (its name, else its
 * group's name, else 其他服务), never saying a word.
 */
class KeypadBookingCallTest extends CallTestSupport {

    /** One choice as the phone says it: "家政服务按1". */
    private static final Pattern CHOICE = Pattern.compile("([^，。？：]+)按([0-9])");
    /** The keys every menu ends with, which are not among its choices. */
    private static final Set<String> EVERYWHERE = Set.of("转人工", "紧急情况");

    @Autowired
    ServiceCatalog catalog;
    @Autowired
    Bookings bookings;

    private final Messages messages = new Messages();

    @Test
    void everyServiceOfTheCatalogIsBookedByKeysAlone() throws IOException {
        Map<String, List<String>> keysToService = new TreeMap<>();
        for (ServiceItem service : catalog.activeServices()) {
            String phone = elderWithPhone("ANQING_FREE");
            Listener elder = new Listener(service);
            CallRecord call = simulator().call(phone, elder);

            assertThat(bookings.upcoming(elderOf(phone).elderId())).as(service.getNameZh()).singleElement()
                    .extracting(Booking::getServiceId).isEqualTo(service.getId());
            assertThat(call.heard()).as(service.getNameZh()).contains("预约好了");
            assertThat(call.prompts()).filteredOn(PlayedPrompt::expectsKeys)
                    .allSatisfy(p -> assertThat(choices(p.text())).as(p.text()).hasSizeLessThanOrEqualTo(4)
                            .doesNotContainKeys("0", "9"));
            assertThat(call.end()).isEqualTo(CallEnd.HUNG_UP_BY_CALLER);
            keysToService.put(service.getNameZh(), elder.serviceKeys);
        }
        System.out.println("Keys after 预约 to each service: " + keysToService);
        assertThat(keysToService).hasSize(catalog.activeServices().size())
                .allSatisfy((name, keys) -> assertThat(keys).as(name).hasSizeBetween(1, 3));
    }

    @Test
    void starRepeatsAGroupOfTheServiceMenu() throws IOException {
        String phone = elderWithPhone("ANQING_FREE");
        CallRecord call = dial(phone, press("1"), press("1"), press("*"), press("1"));
        assertThat(call.prompts().get(2).text()).startsWith("家政服务：打扫卫生按1");
        assertThat(call.prompts().get(3).text()).isEqualTo(call.prompts().get(2).text());
        assertThat(call.prompts().get(4).text()).contains("哪一天");
    }

    @Test
    void nineInAServiceGroupIsAnEmergencyAndZeroAPerson() throws IOException {
        CallRecord emergency = dial(elderWithPhone("ANQING_FREE"), press("1"), press("4"), press("9"));
        assertThat(emergency.prompts().get(2).text()).endsWith("转人工按0，紧急情况按9。");
        assertThat(emergency.variables()).containsEntry("HOTLINE_PRIORITY", "1");
        CallRecord person = dial(elderWithPhone("ANQING_FREE"), press("1"), press("4"), press("0"));
        assertThat(person.variables()).containsEntry("HOTLINE_PRIORITY", "3");
    }

    /** The choices a prompt offers, key → label, without the keys that work everywhere. */
    private static Map<String, String> choices(String text) {
        Map<String, String> choices = new LinkedHashMap<>();
        Matcher m = CHOICE.matcher(text);
        while (m.find()) {
            if (!EVERYWHERE.contains(m.group(1))) {
                choices.put(m.group(2), m.group(1));
            }
        }
        return choices;
    }

    /** Presses what leads to one service, then the second day offered, the morning, and confirms. */
    private final class Listener implements Caller {

        private final List<String> wanted;
        final List<String> serviceKeys = new ArrayList<>();
        private boolean inServiceMenus;

        Listener(ServiceItem service) {
            this.wanted = List.of(service.getNameZh(), messages.text("category." + service.getCategory().name()),
                    messages.text("book.otherService"));
        }

        @Override
        public synchronized CallerStep answer(PlayedPrompt prompt) {
            String text = prompt.text();
            Map<String, String> choices = choices(text);
            if (text.contains("预约好了")) {
                return new CallerStep.HangUp(0.5);
            }
            if (text.contains("哪一天")) {
                // The second day offered: past every service's lead time even in the morning, which a day's care needs.
                inServiceMenus = false;
                return press("2");
            }
            if (text.contains("上午还是下午")) {
                return press(keyOf(choices, "上午"));
            }
            if (choices.containsValue("确认")) {
                return press(keyOf(choices, "确认"));
            }
            if (!inServiceMenus && choices.containsValue("预约服务")) {
                inServiceMenus = true;
                return press(keyOf(choices, "预约服务"));
            }
            for (String label : wanted) {
                if (inServiceMenus && choices.containsValue(label)) {
                    serviceKeys.add(keyOf(choices, label));
                    return press(keyOf(choices, label));
                }
            }
            return new CallerStep.HangUp(0.5); // lost: the test fails on the missing booking
        }

        private String keyOf(Map<String, String> choices, String label) {
            return choices.entrySet().stream().filter(e -> e.getValue().equals(label)).map(Map.Entry::getKey)
                    .findFirst().orElseThrow();
        }
    }
}
