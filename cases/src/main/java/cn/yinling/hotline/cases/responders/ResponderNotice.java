package cn.yinling.hotline.cases.responders;

import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Sex;

/**
 * What a called responder is told: the elder (full name, and surname and sex for how the hotline
 * addresses them: 王阿姨), where they are (community and address), and what happened (the case's
 * words; null when the elder only pressed the emergency key).
 */
public record ResponderNotice(long callId, String responderName, String elderName, String elderSurname, Sex elderSex,
        String place, String said) {

    /** What a responder about {@code elder} is told, before anything happened: for rendering the words ahead. */
    public static ResponderNotice about(Elder elder, String said) {
        return new ResponderNotice(0, null, elder.getFullName(), elder.surname(), elder.getSex(), placeOf(elder), said);
    }

    /** Where to go: the elder's community and address. */
    public static String placeOf(Elder elder) {
        return elder.getCommunity() + elder.getAddress();
    }
}
