package cn.yinling.hotline.cases.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The centre's emergency procedure is read from its YAML file, in order, and a file that makes no sense is refused. */
class EmergencyProcedureTest {

    @Test
    void theShippedProcedureConfirmsTheAddressFirstAndFollowsUpLast() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/emergency/procedure.yml")) {
            EmergencyProcedure p = EmergencyProcedures.parse(in);
            assertThat(p.steps()).extracting(EmergencyProcedure.Step::title)
                    .containsExactly("确认地址和伤情", "需要时拨打120/110", "通知家属", "等待响应人到达后回访");
        }
    }

    @Test
    void aStepWithoutATitleIsRefused() {
        assertThatThrownBy(() -> parse("name: 流程\nsteps:\n  - key: a\n"))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aKeyUsedTwiceIsRefused() {
        assertThatThrownBy(() -> parse("name: 流程\nsteps:\n  - key: a\n    title: 一\n  - key: a\n    title: 二\n"))
                .hasRootCauseMessage("The emergency procedure has step a twice");
    }

    private static EmergencyProcedure parse(String yaml) {
        return EmergencyProcedures.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }
}
