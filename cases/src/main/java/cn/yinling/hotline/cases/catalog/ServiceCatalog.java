package cn.yinling.hotline.cases.catalog;

import cn.yinling.hotline.cases.CasesProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The service menu: loaded from the catalog YAML, looked up by code. Its rows change only when the
 * file is loaded (at start-up), so lookups by id and code are kept in memory after their first read
 * (the dialog looks a service up several times per turn); loading the file clears them.
 */
@Service
public class ServiceCatalog {

    private static final Logger log = LoggerFactory.getLogger(ServiceCatalog.class);
    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    private final ServiceItemRepository items;
    private final ResourceLoader resources;
    private final CasesProperties properties;
    private final Map<Long, ServiceItem> byId = new ConcurrentHashMap<>();
    private final Map<String, ServiceItem> byCode = new ConcurrentHashMap<>();
    private volatile Period bookingHorizon;

    ServiceCatalog(ServiceItemRepository items, ResourceLoader resources, CasesProperties properties) {
        this.items = items;
        this.resources = resources;
        this.properties = properties;
    }

    @Transactional
    public int loadConfiguredFile() {
        CatalogFile file = read();
        List<ServiceDefinition> defs = file.services();
        if (file.bookingHorizonDays() == null || file.bookingHorizonDays() < 1) {
            throw new IllegalArgumentException("The service catalog " + properties.catalogFile()
                    + " must set bookingHorizonDays (how far ahead a service can be booked, at least 1)");
        }
        bookingHorizon = Period.ofDays(file.bookingHorizonDays());
        checkCombinations(defs);
        for (ServiceDefinition d : defs) {
            items.findByCode(d.code()).ifPresentOrElse(i -> i.update(d), () -> items.save(new ServiceItem(d)));
        }
        byId.clear();
        byCode.clear();
        log.info("Loaded {} catalog services from {}", defs.size(), properties.catalogFile());
        return defs.size();
    }

    private CatalogFile read() {
        try (InputStream in = resources.getResource(properties.catalogFile()).getInputStream()) {
            return YAML.readValue(in, new TypeReference<CatalogFile>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read service catalog " + properties.catalogFile(), e);
        }
    }

    /** How far ahead any service can be booked ({@code bookingHorizonDays} of the catalog file). */
    public Period bookingHorizon() {
        Period known = bookingHorizon;
        if (known == null) {
            // Asked before the start-up loaded the file (a node that did not load it): read the setting alone.
            known = Period.ofDays(read().bookingHorizonDays());
            bookingHorizon = known;
        }
        return known;
    }

    @Transactional(readOnly = true)
    public List<ServiceItem> activeServices() {
        return items.findByActiveTrueOrderById();
    }

    /** The service with this id; read from the database once, then from memory (a detached, read-only copy). */
    public Optional<ServiceItem> byId(Long id) {
        ServiceItem known = id == null ? null : byId.get(id);
        return known != null ? Optional.of(known) : items.findById(id).map(this::remember);
    }

    /** As {@link #byId(Long)}, by code. */
    public Optional<ServiceItem> byCode(String code) {
        ServiceItem known = code == null ? null : byCode.get(code);
        return known != null ? Optional.of(known) : items.findByCode(code).map(this::remember);
    }

    private ServiceItem remember(ServiceItem item) {
        byId.put(item.getId(), item);
        byCode.put(item.getCode(), item);
        return item;
    }

    /** A combination naming a service the file does not have is a typo that would silently allow nothing. */
    static void checkCombinations(List<ServiceDefinition> defs) {
        Set<String> codes = defs.stream().map(ServiceDefinition::code).collect(Collectors.toSet());
        for (ServiceDefinition d : defs) {
            if (d.combinesWith() != null && !codes.containsAll(d.combinesWith())) {
                throw new IllegalArgumentException("Service " + d.code() + " combines with an unknown service: "
                        + d.combinesWith().stream().filter(c -> !codes.contains(c)).toList());
            }
        }
    }

    record CatalogFile(Integer bookingHorizonDays, List<ServiceDefinition> services) {
    }
}
