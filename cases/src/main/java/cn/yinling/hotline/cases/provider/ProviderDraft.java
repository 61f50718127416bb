package cn.yinling.hotline.cases.provider;

import java.util.List;

/** A provider as typed on the console (dates as yyyy-MM-dd, area as names separated by commas or spaces). */
public record ProviderDraft(String name, String contactPerson, String phone, String contractNumber,
        String contractStart, String contractEnd, List<String> categories, String streets, String communities) {
}
