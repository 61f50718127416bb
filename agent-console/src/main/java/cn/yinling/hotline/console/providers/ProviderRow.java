package cn.yinling.hotline.console.providers;

import cn.yinling.hotline.console.MaskedPhone;
import cn.yinling.hotline.cases.provider.Provider;
import java.time.LocalDate;
import java.util.List;

/** A provider as the console shows it, its phone masked. */
record ProviderRow(long id, String name, String contactPerson, String maskedPhone, String contractNumber,
        LocalDate contractStart, LocalDate contractEnd, List<String> categories, List<String> streets,
        List<String> communities, boolean active, boolean blacklisted, long workers) {

    static ProviderRow of(Provider p, long workers) {
        return new ProviderRow(p.getId(), p.getName(), p.getContactPerson(), MaskedPhone.of(p.getPhone()),
                p.getContractNumber(), p.getContractStart(), p.getContractEnd(),
                p.categories().stream().map(Enum::name).toList(), p.streetList(), p.communityList(), p.isActive(),
                p.isBlacklisted(), workers);
    }
}
