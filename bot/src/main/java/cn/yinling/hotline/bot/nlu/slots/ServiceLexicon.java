package cn.yinling.hotline.bot.nlu.slots;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The words for each catalog service: its name and synonyms, read from the service catalog YAML
 * ({@code catalog/service-catalog.yml} on the classpath, shipped by module cases). Immutable.
 */
public final class ServiceLexicon {

    public static final String CATALOG_RESOURCE = "catalog/service-catalog.yml";

    private final Map<String, List<String>> wordsByCode;

    public ServiceLexicon(Map<String, List<String>> wordsByCode) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        wordsByCode.forEach((code, words) -> copy.put(code, List.copyOf(words)));
        this.wordsByCode = Collections.unmodifiableMap(copy);
    }

    /** Reads the catalog from the classpath; fails loudly when it is missing or malformed. */
    public static ServiceLexicon fromClasspath() {
        try (InputStream in = ServiceLexicon.class.getClassLoader().getResourceAsStream(CATALOG_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Service catalog not on the classpath: " + CATALOG_RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + CATALOG_RESOURCE, e);
        }
    }

    static ServiceLexicon read(InputStream in) {
        JsonNode root = YAMLMapper.builder().build().readTree(in);
        Map<String, List<String>> words = new LinkedHashMap<>();
        for (JsonNode service : root.path("services")) {
            String code = service.path("code").asString();
            List<String> list = new ArrayList<>();
            list.add(service.path("name").asString());
            for (JsonNode synonym : service.path("synonyms")) {
                list.add(synonym.asString());
            }
            words.put(code, list);
        }
        if (words.isEmpty()) {
            throw new IllegalStateException("Service catalog has no services");
        }
        return new ServiceLexicon(words);
    }

    /** Code → name and synonyms, in catalog order. */
    public Map<String, List<String>> wordsByCode() {
        return wordsByCode;
    }
}
