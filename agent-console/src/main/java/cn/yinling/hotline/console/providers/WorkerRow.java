package cn.yinling.hotline.console.providers;

import cn.yinling.hotline.console.MaskedPhone;
import cn.yinling.hotline.cases.provider.Worker;
import java.util.List;

/** A worker as the console shows it, the phone masked. */
record WorkerRow(long id, long providerId, String providerName, String workerNumber, String fullName,
        String maskedPhone, List<String> categories, boolean active) {

    static WorkerRow of(Worker w, String providerName) {
        return new WorkerRow(w.getId(), w.getProviderId(), providerName, w.getWorkerNumber(), w.getFullName(),
                MaskedPhone.of(w.getPhone()), w.categories().stream().map(Enum::name).toList(), w.isActive());
    }
}
