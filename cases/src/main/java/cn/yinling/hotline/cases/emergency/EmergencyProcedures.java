package cn.yinling.hotline.cases.emergency;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the centre's emergency procedure from {@code hotline.emergency.procedure-file} once at
 * start-up; a file that cannot be read or makes no sense stops the start, so a mistake is seen at
 * once rather than in an emergency.
 */
@Component
public class EmergencyProcedures {

    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    private final EmergencyProcedure procedure;

    EmergencyProcedures(ResourceLoader resources, EmergencyProperties properties) {
        String location = properties.procedureFile();
        try (InputStream in = resources.getResource(location).getInputStream()) {
            this.procedure = parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the emergency procedure " + location, e);
        }
    }

    static EmergencyProcedure parse(InputStream in) {
        return YAML.readValue(in, EmergencyProcedure.class);
    }

    public EmergencyProcedure current() {
        return procedure;
    }
}
