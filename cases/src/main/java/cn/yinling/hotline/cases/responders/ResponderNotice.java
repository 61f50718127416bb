package cn.yinling.hotline.cases.responders;

/**
 * What a called responder is told: the elder's name, where they are (community and address), and
 * what happened (the case's words; null when the elder only pressed the emergency key).
 */
public record ResponderNotice(long callId, String responderName, String elderName, String place, String said) {
}
