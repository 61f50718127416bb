package cn.yinling.hotline.cases.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which services the catalog lets an elder have at overlapping times. */
class ServiceCombinationTest {

    @Test
    void aCombinationSaidOnOneSideHoldsBothWays() {
        ServiceItem meal = new ServiceItem(service("meal_delivery", List.of("bathing")));
        ServiceItem bath = new ServiceItem(service("bathing", null));
        ServiceItem haircut = new ServiceItem(service("haircut", null));
        assertThat(meal.combinesWith(bath)).isTrue();
        assertThat(bath.combinesWith(meal)).isTrue();
        assertThat(bath.combinesWith(haircut)).isFalse();
        assertThat(bath.combinesWith(bath)).isFalse();
    }

    @Test
    void aServiceCannotCombineWithItselfNorWithAServiceTheFileLacks() {
        assertThatThrownBy(() -> new ServiceItem(service("bathing", List.of("bathing"))))
                .hasMessageContaining("cannot combine with itself");
        assertThatThrownBy(() -> ServiceCatalog.checkCombinations(List.of(service("meal_delivery", List.of("bathign")))))
                .hasMessageContaining("[bathign]");
    }

    private static ServiceDefinition service(String code, List<String> combinesWith) {
        return new ServiceDefinition(code, code, List.of(), ServiceCategory.LIFE_CARE, ServiceKind.REGULAR, 60, 3000, 24, 24,
                combinesWith);
    }
}
