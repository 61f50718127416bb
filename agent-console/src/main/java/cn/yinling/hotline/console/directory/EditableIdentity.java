package cn.yinling.hotline.console.directory;

/** The identity form's current values; the ID number is never shown in full (only typed anew to correct it). */
record EditableIdentity(String fullName, String registration, String checkinTime) {
}
