package cn.yinling.hotline.cases.catalog;

import cn.yinling.hotline.cases.CasesProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The service menu: loaded from the catalog YAML, looked up by code. */
@Service
public class ServiceCatalog {

    private static final Logger log = LoggerFactory.getLogger(ServiceCatalog.class);
    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    private final ServiceItemRepository items;
    private final ResourceLoader resources;
    private final CasesProperties properties;

    ServiceCatalog(ServiceItemRepository items, ResourceLoader resources, CasesProperties properties) {
        this.items = items;
        this.resources = resources;
        this.properties = properties;
    }

    @Transactional
    public int loadConfiguredFile() {
        List<ServiceDefinition> defs;
        try (InputStream in = resources.getResource(properties.catalogFile()).getInputStream()) {
            defs = YAML.readValue(in, new TypeReference<CatalogFile>() { }).services();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read service catalog " + properties.catalogFile(), e);
        }
        for (ServiceDefinition d : defs) {
            items.findByCode(d.code()).ifPresentOrElse(i -> i.update(d), () -> items.save(new ServiceItem(d)));
        }
        log.info("Loaded {} catalog services from {}", defs.size(), properties.catalogFile());
        return defs.size();
    }

    @Transactional(readOnly = true)
    public List<ServiceItem> activeServices() {
        return items.findByActiveTrueOrderById();
    }

    @Transactional(readOnly = true)
    public Optional<ServiceItem> byId(Long id) {
        return items.findById(id);
    }

    @Transactional(readOnly = true)
    public Optional<ServiceItem> byCode(String code) {
        return items.findByCode(code);
    }

    record CatalogFile(List<ServiceDefinition> services) {
    }
}
