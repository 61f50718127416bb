package cn.yinling.hotline.cases.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The seed policy file as parsed by the loader, for tests in other packages. */
public final class PolicyCatalogLoaderAccess {

    private PolicyCatalogLoaderAccess() {
    }

    public static List<PolicyDefinition> seed() {
        try (InputStream in = PolicyCatalogLoaderAccess.class.getResourceAsStream("/policies/seed-policies.yml")) {
            List<PolicyDefinition> defs = PolicyCatalogLoader.parse(in);
            defs.forEach(PolicyDefinition::validate);
            return defs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
