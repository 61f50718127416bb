package cn.yinling.hotline.console.directory;

/** A family contact as the agent types it; the phone in any spelling, blank for none. */
record ContactForm(String name, String relation, String phone, Boolean notifyConsent) {

    boolean consent() {
        return Boolean.TRUE.equals(notifyConsent);
    }
}
