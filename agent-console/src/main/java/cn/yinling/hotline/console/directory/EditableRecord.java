package cn.yinling.hotline.console.directory;

import java.util.List;

/** What the record page's edit forms start from: the current values, as codes and text. */
record EditableRecord(String phones, String address, String livingSituation, String healthNotes, boolean sanwu,
        boolean dibao, boolean lowIncome, boolean priorityVeteran, boolean labourModel, boolean disabled,
        List<Contact> family) {

    record Contact(long id, String name, String relation, String phone, boolean notifyConsent, boolean wechatBound) {
    }
}
