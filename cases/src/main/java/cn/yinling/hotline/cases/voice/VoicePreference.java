package cn.yinling.hotline.cases.voice;

/**
 * How the phone line speaks to one elder, and whether they want a reminder call the day before a visit.
 *
 * @param pace          normal or slow prompts
 * @param promptSet     a recorded prompt set of {@code hotline.voice.prompt-sets} (a local dialect), or
 *                      null for the standard Mandarin recordings
 * @param reminderCalls call the elder the day before each booked visit
 */
public record VoicePreference(Pace pace, String promptSet, boolean reminderCalls) {

    /** What an elder whose record says nothing hears: normal Mandarin, no reminder calls. */
    public static final VoicePreference STANDARD = new VoicePreference(Pace.NORMAL, null, false);

    public VoicePreference {
        if (pace == null) {
            throw new IllegalArgumentException("A voice preference has a pace");
        }
        promptSet = promptSet == null || promptSet.isBlank() ? null : promptSet.strip();
    }

    public boolean slow() {
        return pace == Pace.SLOW;
    }
}
