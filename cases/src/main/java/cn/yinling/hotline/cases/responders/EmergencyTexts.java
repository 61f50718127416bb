package cn.yinling.hotline.cases.responders;

import cn.yinling.hotline.cases.CaseTexts;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.FamilyContact;
import cn.yinling.hotline.cases.elder.PhoneNumber;
import cn.yinling.hotline.cases.sms.SmsProperties;
import cn.yinling.hotline.cases.sms.TextMessages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The text messages an emergency's call-out sends, queued in its transaction: every responder with
 * a mobile phone ({@code emergency.responder}: who, where, what, the number to call back), and the
 * elder's other family contacts with a mobile who agreed to notices, bound on WeChat or not
 * ({@code emergency.family}). Nobody gets two: a number already told is skipped.
 */
@Component
class EmergencyTexts {

    static final String RESPONDER = "emergency.responder";
    static final String FAMILY = "emergency.family";
    /** The words of the emergency as the message quotes them, at most this long. */
    private static final int SAID_LENGTH = 30;

    private final TextMessages texts;
    private final Elders elders;
    private final SmsProperties sms;

    EmergencyTexts(TextMessages texts, Elders elders, SmsProperties sms) {
        this.texts = texts;
        this.elders = elders;
        this.sms = sms;
    }

    /** Queues the messages; returns who they go to, as the timeline names them. */
    @Transactional(propagation = Propagation.MANDATORY)
    List<String> queue(long caseId, Elder elder, String said, List<ResponderLine> responders) {
        String reference = "case:" + caseId;
        String place = ResponderNotice.placeOf(elder);
        String what = said == null || said.isBlank() ? CaseTexts.text("responder.sms.keyOnly")
                : said.length() > SAID_LENGTH ? said.substring(0, SAID_LENGTH) + "…" : said;
        Set<String> told = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        for (ResponderLine l : responders) {
            mobile(l.phone()).filter(p -> told.add(p.digits())).ifPresent(p -> {
                texts.queue(p, RESPONDER, params(elder.getFullName(), place, what), reference);
                names.add(CaseTexts.text("responder.who", l.name(), l.relation()));
            });
        }
        for (FamilyContact f : elders.familyOf(elder.elderId())) {
            if (!f.isNotifyConsent()) {
                continue;
            }
            elders.phonesOfFamilyContact(f.getId()).stream().filter(p -> p.kind() == PhoneNumber.Kind.MOBILE)
                    .filter(p -> told.add(p.digits())).findFirst().ifPresent(p -> {
                        texts.queue(p, FAMILY, params(elder.getFullName(), place, what), reference);
                        names.add(CaseTexts.text("responder.who", f.getFullName(), f.getRelation()));
                    });
        }
        return names;
    }

    private Map<String, String> params(String elderName, String place, String what) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("elder", elderName);
        p.put("place", place);
        p.put("what", what);
        p.put("callback", sms.callbackNumber());
        return p;
    }

    private static java.util.Optional<PhoneNumber> mobile(String digits) {
        if (digits == null || digits.length() != 11 || !digits.startsWith("1")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new PhoneNumber(digits, PhoneNumber.Kind.MOBILE));
    }
}
