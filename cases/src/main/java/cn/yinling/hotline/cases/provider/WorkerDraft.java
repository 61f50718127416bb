package cn.yinling.hotline.cases.provider;

import java.util.List;

/** A worker as typed on the console. */
public record WorkerDraft(Long providerId, String workerNumber, String fullName, String phone,
        List<String> categories) {
}
