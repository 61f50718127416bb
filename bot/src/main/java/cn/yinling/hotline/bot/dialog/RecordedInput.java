package cn.yinling.hotline.bot.dialog;

import cn.yinling.hotline.bot.nlu.ParsedMessage;
import cn.yinling.hotline.cases.conversation.Turn;
import cn.yinling.hotline.cases.elder.PersonalNumbers;
import java.util.Set;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the transcript keeps of a caller's input. An answer to an identification question (the
 * elder's registered phone, the last ID digits; by phone, web chat or WeChat binding) is kept
 * masked, without what the NLU read into the digits (a date, a rating): agents read transcripts,
 * and these answers are what proves who someone is. The dialog itself has decided on the digits as
 * given before this. Numbers in any other words are masked by the case database
 * ({@link PersonalNumbers#inText}).
 */
final class RecordedInput {

    private static final Set<Step> PHONE_QUESTIONS = Set.of(Step.IDENTIFY_PHONE, Step.BIND_PHONE);
    private static final Set<Step> ID_QUESTIONS = Set.of(Step.IDENTIFY_ID, Step.BIND_ID);
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private RecordedInput() {
    }

    /** The incoming turn as the case database records it, given the question that was pending when it came. */
    static Turn of(Inbound in, ParsedMessage parsed, Step asked) {
        if (PHONE_QUESTIONS.contains(asked)) {
            return Turn.incoming(PersonalNumbers.phoneAnswer(in.text()), PersonalNumbers.phoneAnswer(in.digits()),
                    intent(parsed), confidence(parsed), null);
        }
        if (ID_QUESTIONS.contains(asked)) {
            return Turn.incoming(PersonalNumbers.idDigitsAnswer(in.text()), PersonalNumbers.idDigitsAnswer(in.digits()),
                    intent(parsed), confidence(parsed), null);
        }
        String slots = parsed == null || parsed.slots().isEmpty() ? null : JSON.writeValueAsString(parsed.slots());
        return Turn.incoming(in.text(), in.digits(), intent(parsed), confidence(parsed), slots);
    }

    private static String intent(ParsedMessage parsed) {
        return parsed == null ? null : parsed.intent();
    }

    private static Double confidence(ParsedMessage parsed) {
        return parsed == null ? null : parsed.confidence();
    }
}
