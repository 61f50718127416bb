package cn.yinling.hotline.ivr.simulator;

import cn.yinling.hotline.ivr.call.PromptAnnouncement;
import cn.yinling.hotline.ivr.call.PromptCatalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Consumer;

/**
 * Answers AGI commands for one channel as Asterisk 22 does (shared/asterisk/AGI-NOTES.md §10):
 * digit results as ASCII codes, {@code endpos} in 8 kHz samples, {@code GET DATA}'s
 * {@code (timeout)} forms, keys lost when no command waits for them, {@code result=-1} then
 * {@code HANGUP} when the caller hangs up, and 511 for channel commands once the channel is dead.
 */
final class SimulatedAsterisk {

    static final String DEAD = "511 Command Not Permitted on a dead channel or intercept routine";
    private static final int SAMPLES_PER_SECOND = 8000;
    /** GET DATA without a time-out waits this long after the prompt and between digits. */
    private static final double GET_DATA_DEFAULT_TIMEOUT = 2.0;
    /** RECORD FILE with time-out -1 (none): the simulated caller gives up after an hour. */
    private static final double LONGEST_RECORDING = 3600.0;

    private final Caller caller;
    private final CallRecord record;
    private final Consumer<PlayedPrompt> listener;
    private final Timeline timeline = new Timeline();
    private final PromptLengths lengths;
    /** The reply being played: announced by VERBOSE, played piece by piece. */
    private Reply reply;
    private final Map<String, String> variables = new HashMap<>();
    private boolean dead;
    private boolean hangupAnnounced;
    private CallEnd endedBy;
    private double turnaround;

    SimulatedAsterisk(Caller caller, CallRecord record, Consumer<PlayedPrompt> listener) {
        this(caller, record, listener, Map.of(), PromptLengths.estimated());
    }

    SimulatedAsterisk(Caller caller, CallRecord record, Consumer<PlayedPrompt> listener,
            Map<String, String> channelVariables, PromptLengths lengths) {
        this.caller = caller;
        this.lengths = lengths;
        this.record = record;
        this.listener = listener;
        variables.put("CHANNEL(language)", "en");
        variables.putAll(channelVariables);
    }

    /**
     * Lets {@code seconds} of the call's clock pass before each command is carried out, as the time
     * the server takes to send it: keys pressed then are lost, as on Asterisk (AGI-NOTES §5).
     */
    void turnaround(double seconds) {
        this.turnaround = seconds;
    }

    /** The call's clock: seconds since it began (what real time Asterisk would have spent). */
    double now() {
        return timeline.now();
    }

    /** Who ended the call so far, or null while both ends are on the line. */
    CallEnd endedBy() {
        return endedBy;
    }

    /** The reply lines for one command line, in order ({@code HANGUP} included when due). */
    List<String> answer(String line) {
        timeline.advanceTo(timeline.now() + turnaround);
        if (!dead && timeline.dropPast()) {
            callerHungUp();
        }
        boolean deadBefore = dead;
        String out = handle(AgiCommandLine.words(line));
        if (dead && !hangupAnnounced) {
            hangupAnnounced = true;
            // Asterisk says HANGUP once: at once when the caller left between commands, else
            // ~40 ms after its reply to the command that was running.
            return deadBefore ? List.of("HANGUP", out) : List.of(out, "HANGUP");
        }
        return List.of(out);
    }

    private String handle(List<String> w) {
        String cmd = w.isEmpty() ? "" : w.get(0).toUpperCase();
        String cmd2 = w.size() > 1 ? cmd + " " + w.get(1).toUpperCase() : cmd;
        String cmd3 = w.size() > 2 ? cmd2 + " " + w.get(2).toUpperCase() : cmd2;
        if (cmd2.equals("STREAM FILE") && w.size() >= 3) {
            return dead ? DEAD : streamFile(w.get(2), w.size() > 3 ? w.get(3) : "");
        }
        settleMissing();
        if (cmd3.equals("WAIT FOR DIGIT") && w.size() >= 4) {
            return dead ? DEAD : waitForDigit(Long.parseLong(w.get(3)));
        }
        if (cmd2.equals("GET DATA") && w.size() >= 3) {
            return dead ? DEAD : getData(w.get(2), w.size() > 3 ? Long.parseLong(w.get(3)) : -1,
                    w.size() > 4 ? Integer.parseInt(w.get(4)) : Integer.MAX_VALUE);
        }
        if (cmd2.equals("RECORD FILE") && w.size() >= 6) {
            return dead ? DEAD : recordFile(w);
        }
        if (cmd2.equals("SET VARIABLE") && w.size() >= 4) {
            variables.put(w.get(2), w.get(3));
            record.variable(w.get(2), w.get(3));
            return "200 result=1";
        }
        if ((cmd2.equals("GET VARIABLE") && w.size() >= 3) || (cmd3.equals("GET FULL VARIABLE") && w.size() >= 4)) {
            String name = cmd2.equals("GET VARIABLE") ? w.get(2) : w.get(3).replaceAll("^\\$\\{(.*)}$", "$1");
            String value = variables.get(name);
            return value == null ? "200 result=0" : "200 result=1 (" + value + ")";
        }
        switch (cmd) {
            case "VERBOSE" -> {
                verbose(w.size() > 1 ? w.get(1) : "");
                return "200 result=1";
            }
            case "NOOP" -> {
                return "200 result=0";
            }
            case "EXEC" -> {
                return "200 result=0";
            }
            case "ANSWER" -> {
                return dead ? DEAD : "200 result=0";
            }
            case "HANGUP" -> {
                if (dead) {
                    return DEAD;
                }
                dead = true;
                endedBy = CallEnd.HUNG_UP_BY_HOTLINE;
                return "200 result=1";
            }
            default -> {
                if (cmd2.equals("CHANNEL STATUS")) {
                    return dead ? DEAD : "200 result=6";
                }
                return "510 Invalid or unknown command";
            }
        }
    }

    private void verbose(String message) {
        // StreamFilePromptPlayer announces each reply: "prompt [id id …] words"; its pieces follow.
        PromptAnnouncement.parse(message).ifPresent(p -> {
            finishReply(null);
            reply = new Reply(p.ids(), p.text());
        });
    }

    /**
     * One piece of the announced reply (or a sound of its own). Keys are timed against the whole
     * reply: the caller's step starts with its first piece, so a key lands in whichever piece is
     * playing then; an escape digit ends that piece, and the server ends the reply.
     */
    private String streamFile(String file, String escapeDigits) {
        String id = file.substring(file.lastIndexOf('/') + 1);
        Reply r = reply;
        // The piece just missing, asked for again (from another sound directory): still the same piece.
        boolean again = r != null && id.equals(r.missing);
        if (!again) {
            settleMissing();
            if (reply == null || reply.next >= reply.ids.size() || !reply.ids.get(reply.next).equals(id)) {
                finishReply(null);
                reply = new Reply(List.of(id), null);
            }
            r = reply;
            if (r.next == 0) {
                r.escapeDigits = escapeDigits;
                PlayedPrompt heard = new PlayedPrompt(r.ids, r.text, escapeDigits, null, r.length(lengths));
                listener.accept(heard);
                if (!escapeDigits.isEmpty()) {
                    askCaller(heard);
                }
            }
            r.next++;
        }
        r.missing = null;
        OptionalDouble found = lengths.of(file);
        record.streamed(file, found.isPresent());
        if (found.isEmpty()) {
            // Not rendered: Asterisk answers at once and goes on (AGISTATUS=FAILURE at the end). The
            // reply ends with its last piece unless the server asks for that piece again elsewhere.
            r.missing = id;
            return "200 result=-1 endpos=0";
        }
        double length = found.getAsDouble();
        double start = timeline.now();
        Timeline.Event e;
        while ((e = timeline.next(start + length)) != null) {
            timeline.advanceTo(e.at());
            if (e.hangUp()) {
                callerHungUp();
                r.played += e.at() - start;
                finishReply(null);
                return "200 result=-1 endpos=" + samples(e.at() - start);
            }
            if (escapeDigits.indexOf(e.key()) >= 0) {
                r.played += e.at() - start;
                finishReply(e.key());
                return "200 result=" + (int) e.key() + " endpos=" + samples(e.at() - start);
            }
            // Not an escape digit: ignored and lost, the prompt plays on.
        }
        timeline.advanceTo(start + length);
        r.played += length;
        finishIfLast(r);
        return "200 result=0 endpos=" + samples(length);
    }

    /** A missing piece the server did not ask for again: the reply goes on (or ends, if it was its last). */
    private void settleMissing() {
        if (reply != null && reply.missing != null) {
            reply.missing = null;
            finishIfLast(reply);
        }
    }

    private void finishIfLast(Reply r) {
        if (r.next >= r.ids.size()) {
            finishReply(null);
        }
    }

    /** Records the reply being played (if any) as heard, cut short by {@code key} or not. */
    private void finishReply(Character key) {
        if (reply != null && reply.next > 0) {
            played(new PlayedPrompt(reply.ids, reply.text, reply.escapeDigits, key, reply.played));
        }
        reply = null;
    }

    private String waitForDigit(long timeoutMillis) {
        double until = timeoutMillis < 0 ? Double.MAX_VALUE : timeline.now() + timeoutMillis / 1000.0;
        Timeline.Event e = timeline.next(until);
        if (e == null) {
            timeline.advanceTo(until);
            return "200 result=0";
        }
        timeline.advanceTo(e.at());
        if (e.hangUp()) {
            callerHungUp();
            return "200 result=-1";
        }
        return "200 result=" + (int) e.key();
    }

    private String getData(String file, long timeoutMillis, int maxDigits) {
        finishReply(null);
        String id = file.substring(file.lastIndexOf('/') + 1);
        List<String> ids = List.of(id);
        String text = PromptCatalog.standard().text(id).orElse(null);
        double length = lengths.of(file).orElse(0);
        double start = timeline.now();
        double promptEnd = start + length;
        double timeout = timeoutMillis <= 0 ? GET_DATA_DEFAULT_TIMEOUT : timeoutMillis / 1000.0;
        PlayedPrompt heard = new PlayedPrompt(ids, text, "0123456789*#", null, length);
        listener.accept(heard);
        askCaller(heard);
        StringBuilder digits = new StringBuilder();
        Character first = null;
        double deadline = promptEnd + timeout;
        Timeline.Event e;
        while ((e = timeline.next(deadline)) != null) {
            timeline.advanceTo(e.at());
            if (e.hangUp()) {
                callerHungUp();
                played(new PlayedPrompt(ids, text, "0123456789*#", first, Math.min(e.at(), promptEnd) - start));
                return "200 result=-1";
            }
            if (first == null) {
                first = e.key();
                promptEnd = Math.min(promptEnd, e.at()); // the first key stops the prompt
            }
            if (e.key() == '#') {
                played(new PlayedPrompt(ids, text, "0123456789*#", first, promptEnd - start));
                return "200 result=" + digits;
            }
            digits.append(e.key());
            if (digits.length() >= maxDigits) {
                played(new PlayedPrompt(ids, text, "0123456789*#", first, promptEnd - start));
                return "200 result=" + digits;
            }
            deadline = Math.max(promptEnd, e.at()) + timeout;
        }
        timeline.advanceTo(deadline);
        played(new PlayedPrompt(ids, text, "0123456789*#", first, promptEnd - start));
        return "200 result=" + digits + " (timeout)";
    }

    /**
     * {@code RECORD FILE <file> <format> <escape> <timeout ms> [offset] [BEEP] [s=<silence s>]} as
     * AGI-NOTES §8b: an escape key ends it with {@code (dtmf)}; a pause of {@code s=} seconds after the
     * caller stops talking with {@code (timeout)}, the milliseconds left (not 0) and the talk only
     * (silence trimmed); the time-out with {@code result=0 (timeout)} and what was said ({@code endpos=0}
     * when no sound came at all); a hang-up with {@code result=-1 (hangup)}; {@code BEEP} with
     * {@code -1 (randomerror) endpos=0}, as no {@code beep} sound is installed. Other keys are ignored.
     */
    private String recordFile(List<String> w) {
        String file = w.get(2);
        String format = w.get(3);
        String escapeDigits = w.get(4);
        long timeoutMillis = Long.parseLong(w.get(5));
        boolean beep = false;
        double silence = -1;
        for (String option : w.subList(6, w.size())) {
            if (option.equalsIgnoreCase("BEEP")) {
                beep = true;
            } else if (option.startsWith("s=")) {
                silence = Double.parseDouble(option.substring(2));
            }
        }
        if (beep) {
            return recorded(file, format, 0, "200 result=-1 (randomerror) endpos=0");
        }
        double start = timeline.now();
        double deadline = start + (timeoutMillis < 0 ? LONGEST_RECORDING : timeoutMillis / 1000.0);
        askCaller(new PlayedPrompt(List.of(file.substring(file.lastIndexOf('/') + 1)), null, escapeDigits, null, 0));
        // The caller talks until a Speaks step runs out, else until their next key or hang-up.
        boolean speaks = timeline.speakingUntil() > start;
        double talkEnd = timeline.speakingUntil();
        double silenceStop = speaks && silence > 0 ? talkEnd + silence : Double.MAX_VALUE;
        Timeline.Event e;
        while ((e = timeline.next(Math.min(deadline, silenceStop))) != null) {
            timeline.advanceTo(e.at());
            long said = samples((speaks ? Math.min(e.at(), talkEnd) : e.at()) - start);
            if (e.hangUp()) {
                callerHungUp();
                return recorded(file, format, said, "200 result=-1 (hangup) endpos=" + said);
            }
            if (escapeDigits.indexOf(e.key()) >= 0) {
                return recorded(file, format, said, "200 result=" + (int) e.key() + " (dtmf) endpos=" + said);
            }
        }
        if (silenceStop < deadline) {
            timeline.advanceTo(silenceStop);
            long said = samples(talkEnd - start);
            long millisLeft = Math.round((deadline - silenceStop) * 1000);
            return recorded(file, format, said, "200 result=" + millisLeft + " (timeout) endpos=" + said);
        }
        timeline.advanceTo(deadline);
        boolean stillTalking = speaks || !timeline.idle(); // a key or hang-up still to come: talking till then
        long said = !stillTalking ? 0 : samples((speaks ? Math.min(talkEnd, deadline) : deadline) - start);
        return recorded(file, format, said, "200 result=0 (timeout) endpos=" + said);
    }

    private String recorded(String file, String format, long samples, String reply) {
        record.recording(new Recording(file, format, samples, reply));
        return reply;
    }

    /** A prompt that waits for keys: the caller's next step starts now, unless keys are still on their way. */
    private void askCaller(PlayedPrompt prompt) {
        if (timeline.idle()) {
            timeline.schedule(caller.answer(prompt));
        }
    }

    private void played(PlayedPrompt prompt) {
        record.prompt(prompt);
    }

    private void callerHungUp() {
        dead = true;
        if (endedBy == null) {
            endedBy = CallEnd.HUNG_UP_BY_CALLER;
        }
    }

    private static long samples(double seconds) {
        return Math.round(seconds * SAMPLES_PER_SECOND);
    }

    /** A reply in progress: its pieces, how many were started, how long it has played. */
    private static final class Reply {
        final List<String> ids;
        final String text;
        String escapeDigits = "";
        int next;
        /** The piece Asterisk just found no file for, which the server may ask for from another directory. */
        String missing;
        double played;

        Reply(List<String> ids, String text) {
            this.ids = new ArrayList<>(ids);
            this.text = text;
        }

        double length(PromptLengths lengths) {
            return ids.stream().mapToDouble(id -> lengths.of(id).orElse(0)).sum();
        }
    }
}
