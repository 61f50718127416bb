package cn.yinling.hotline.bot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.catalog.ServiceCategory;
import cn.yinling.hotline.cases.catalog.ServiceDefinition;
import cn.yinling.hotline.cases.catalog.ServiceItem;
import cn.yinling.hotline.cases.catalog.ServiceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The shape of the keypad service menu, for any catalog: at most four choices a level, every service reachable. */
class ServiceMenuTest {

    private static final Function<ServiceCategory, String> LABEL = c -> "group " + c;

    @Nested
    class FourServicesOrFewer {

        @Test
        void areOfferedThemselvesWhateverTheirGroups() {
            List<ServiceMenu.Choice> level = ServiceMenu.level(List.of(
                    service("a", ServiceCategory.HOUSEKEEPING), service("b", ServiceCategory.HEALTH),
                    service("c", ServiceCategory.ERRANDS), service("d", ServiceCategory.HEALTH)), LABEL, "other");
            assertThat(level).extracting(ServiceMenu.Choice::value)
                    .containsExactly("service:a", "service:b", "service:c", "service:d");
        }
    }

    @Nested
    class MoreServices {

        @Test
        void areGroupedByCategoryInTheOrderGivenAndASingleServiceCategoryIsItsService() {
            List<ServiceMenu.Choice> level = ServiceMenu.level(List.of(
                    service("a1", ServiceCategory.HEALTH), service("b1", ServiceCategory.LEGAL_POLICY),
                    service("a2", ServiceCategory.HEALTH), service("c1", ServiceCategory.ERRANDS),
                    service("c2", ServiceCategory.ERRANDS)), LABEL, "other");
            assertThat(level).containsExactly(new ServiceMenu.Choice("group HEALTH", "services:a1,a2"),
                    new ServiceMenu.Choice("b1 name", "service:b1"), new ServiceMenu.Choice("group ERRANDS", "services:c1,c2"));
        }

        @Test
        void beyondFourGroupsTheRestShareOneChoice() {
            List<ServiceItem> services = new ArrayList<>();
            for (ServiceCategory c : ServiceCategory.values()) {
                services.add(service(c.name() + "-1", c));
                services.add(service(c.name() + "-2", c));
            }
            List<ServiceMenu.Choice> level = ServiceMenu.level(services, LABEL, "other");
            assertThat(level).extracting(ServiceMenu.Choice::label)
                    .containsExactly("group HOUSEKEEPING", "group LIFE_CARE", "group HEALTH", "other");
            assertThat(ServiceMenu.codesOf(level.get(3).value())).hasSize(8).startsWith("LEGAL_POLICY-1");
        }

        @Test
        void aSingleCategoryOfManyShowsThreeAndTheRest() {
            List<ServiceItem> services = new ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                services.add(service("s" + i, ServiceCategory.HOUSEKEEPING));
            }
            assertThat(ServiceMenu.level(services, LABEL, "other")).extracting(ServiceMenu.Choice::value)
                    .containsExactly("service:s1", "service:s2", "service:s3", "services:s4,s5,s6");
        }
    }

    @Test
    void everyServiceOfAnyCatalogIsReachableThroughLevelsOfAtMostFourChoices() {
        for (int size = 1; size <= 40; size++) {
            List<ServiceItem> services = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                ServiceCategory[] all = ServiceCategory.values();
                services.add(service("s" + i, all[(i * 5 + size) % all.length]));
            }
            Map<String, ServiceItem> byCode = services.stream().collect(Collectors.toMap(ServiceItem::getCode, s -> s));
            List<String> reached = new ArrayList<>();
            walk(services, byCode, reached);
            assertThat(reached).as("%d services", size).containsExactlyInAnyOrderElementsOf(byCode.keySet());
        }
    }

    private static void walk(List<ServiceItem> services, Map<String, ServiceItem> byCode, List<String> reached) {
        List<ServiceMenu.Choice> level = ServiceMenu.level(services, LABEL, "other");
        assertThat(level).hasSizeBetween(1, ServiceMenu.MAX_CHOICES);
        for (ServiceMenu.Choice c : level) {
            if (c.isGroup()) {
                List<String> codes = ServiceMenu.codesOf(c.value());
                assertThat(codes).as("a group is smaller than its level").hasSizeLessThan(services.size());
                walk(codes.stream().map(byCode::get).toList(), byCode, reached);
            } else {
                reached.add(c.value().substring(ServiceMenu.SERVICE.length()));
            }
        }
    }

    private static ServiceItem service(String code, ServiceCategory category) {
        return new ServiceItem(new ServiceDefinition(code, code + " name", List.of(), category, ServiceKind.REGULAR, 60, 0,
                24, 24, null));
    }
}
