package cn.yinling.hotline.console.responders;

/** The volunteer pages' forms as typed. */
final class VolunteerForms {

    private VolunteerForms() {
    }

    record TeamForm(String name, String community, String area) {
    }

    record MemberForm(String name, String phone, String building, String hours) {
    }
}
