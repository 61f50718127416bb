package cn.yinling.hotline.cases.responders;

/** Who beyond the agents hears of an elder's emergency: family members, and people of the community. */
public record AlertedContacts(boolean family, boolean community) {

    public static final AlertedContacts NOBODY = new AlertedContacts(false, false);

    public boolean anybody() {
        return family || community;
    }
}
