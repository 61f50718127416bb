package cn.yinling.hotline.cases.sms;

/**
 * A provider's way of sending one text message: the hotline's template key and its parameters to
 * one mobile phone. Implementations map the key to the provider's approved template; they are
 * called by one sender thread at a time per node and must not log credentials.
 */
public interface SmsGateway {

    /**
     * Sends one message.
     *
     * @return the provider's id of the message, or null when the provider gives none
     * @throws SmsRefusedException when it was not sent; {@link SmsRefusedException#retryable()} says whether
     *                             trying again later can help (throttling, a network failure) or not (an
     *                             unknown template, a number that cannot receive text)
     */
    String send(OutgoingSms message) throws SmsRefusedException;
}
