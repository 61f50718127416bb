package cn.yinling.hotline.console.directory;

import java.util.List;

/** One elder in the directory, as the result list and the record page show it (labels in Chinese). */
record ElderListing(long id, String name, String sexLabel, int age, String community, String address,
        String livingLabel, String maskedId, List<String> phones) {
}
