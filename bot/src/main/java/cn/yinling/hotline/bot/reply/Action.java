package cn.yinling.hotline.bot.reply;

import cn.yinling.hotline.cases.casework.Priority;

/** What the channel must do besides saying the lines. */
public sealed interface Action {

    /** Put the caller through to a person, in the queue at this priority, with the case to show. */
    record Handover(String reason, Priority priority, Long caseId, Long elderId) implements Action {
    }

    /** Tell the elder's family and community contacts (emergency, missed check-in). */
    record AlertContacts(Long elderId, String reason, Long caseId) implements Action {
    }

    /** The conversation is over (goodbye, or the caller hung up). */
    record End(String reason) implements Action {
    }

    /**
     * Record a voice message from the caller for this case (phone only): the channel plays the
     * lines, records until {@code #}, silence or its maximum length, and answers with an
     * {@code Inbound.recording}.
     */
    record RecordMessage(Long caseId) implements Action {
    }

    /** A person has taken the chat over: the message went to the agent's console, the bot says nothing. */
    record WithAgent(Long caseId) implements Action {
    }

    /**
     * The caller is this elder (known by their registered number, or identified on this call): a voice
     * channel speaks in the elder's own voice preference (pace, prompt set) from now on. Never for a
     * family member calling about the elder.
     */
    record ElderOnLine(Long elderId) implements Action {
    }
}
