package cn.yinling.hotline.cases.sms;

import cn.yinling.hotline.cases.elder.PersonalNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code log} provider: writes each message, worded in Chinese from the bundle, to the log and
 * counts it as sent (without a provider id), so a demo machine shows what would go out. The number
 * is masked as everywhere in the log.
 */
final class LoggedSms implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggedSms.class);

    private final String signName;

    LoggedSms(String signName) {
        this.signName = signName;
    }

    @Override
    public String send(OutgoingSms message) {
        log.info("SMS (log provider, not sent) to {} [{}]: {}", PersonalNumbers.phoneAnswer(message.phone()),
                message.template(), TextMessageWording.render(signName, message.template(), message.params()));
        return null;
    }
}
