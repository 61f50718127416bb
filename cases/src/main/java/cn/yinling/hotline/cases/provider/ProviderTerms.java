package cn.yinling.hotline.cases.provider;

import cn.yinling.hotline.cases.catalog.ServiceCategory;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What staff enter about a provider and its contract, already checked by {@link ProviderDirectory}. */
public record ProviderTerms(String name, String contactPerson, String phone, String contractNumber,
        LocalDate contractStart, LocalDate contractEnd, Set<ServiceCategory> categories, List<String> streets,
        List<String> communities) {
}
