package cn.yinling.hotline.cases.responders;

/**
 * One responder of an elder as the list reads: who, what they are to the elder ("儿子",
 * "社区工作人员", "志愿者（东风互助队）"), the number to call (null when there is none), when they may
 * be called, whether they can be called at all (a deactivated volunteer or team cannot), and the
 * volunteer's or family contact's id when they are one (a volunteer's responses are counted).
 */
public record ResponderLine(long id, int position, ResponderKind kind, String name, String relation, String phone,
        OnCallHours hours, boolean available, Long volunteerId, Long familyContactId) {
}
