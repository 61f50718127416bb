package cn.yinling.hotline.console.responders;

/** What the volunteer pages show. */
final class VolunteerRows {

    private VolunteerRows() {
    }

    record TeamRow(long id, String name, String community, String area, boolean active, long members) {
    }

    /** A member in a list: phone partly hidden. */
    record MemberRow(long id, String name, String maskedPhone, String building, String hours, boolean active,
            int accepted, int declined, int noAnswer) {
    }

    /** A member on their own page: the whole phone, to edit. */
    record MemberPage(long id, long teamId, String teamName, String name, String phone, String building, String hours,
            boolean active) {
    }
}
