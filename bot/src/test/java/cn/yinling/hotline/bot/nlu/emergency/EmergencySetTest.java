package cn.yinling.hotline.bot.nlu.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The detector on our own labelled set ({@code nlu/emergency-set.jsonl}, written for this project
 * and never taken from the public development set): every emergency goes to a person at once,
 * every weak cue is at least asked about, and how often a non-emergency raises an alarm or a
 * question is reported (and kept low). The figures are printed for docs/develop.md.
 */
class EmergencySetTest {

    private static final EmergencyDetector DETECTOR = EmergencyDetector.standard();
    private static final List<LabelledLine> SET = LabelledLine.read(
            EmergencySetTest.class.getResourceAsStream("/nlu/emergency-set.jsonl"));

    @Test
    void theSetHasAtLeastThreeHundredLinesCoveringEveryCategory() {
        assertThat(SET).hasSizeGreaterThanOrEqualTo(300);
        Set<String> covered = SET.stream().filter(l -> l.emergency()).map(LabelledLine::category).collect(Collectors.toSet());
        assertThat(covered).contains("fall", "collapse", "chest_pain", "breathing", "stroke", "bleeding", "burn", "choking",
                "gas", "fire", "intruder", "missing", "suicide", "call_for_help");
        assertThat(SET.stream().map(LabelledLine::note).collect(Collectors.toSet()))
                .contains("cantonese", "dialect-sw", "northern", "traditional", "asr", "ramble", "after-negation", "denial", "past");
    }

    @Test
    void everyEmergencyGoesToAPersonAtOnce() {
        List<String> missed = SET.stream().filter(LabelledLine::emergency)
                .filter(l -> !DETECTOR.detect(l.text()).emergency())
                .map(l -> l.number() + ": " + l.text() + " → " + DETECTOR.detect(l.text())).toList();
        assertThat(missed).as("emergencies not put through at once").isEmpty();
    }

    @Test
    void everyWeakCueIsAtLeastAskedAbout() {
        List<String> missed = SET.stream().filter(LabelledLine::unsure)
                .filter(l -> {
                    Danger d = DETECTOR.detect(l.text());
                    return !d.emergency() && !d.unsure();
                })
                .map(l -> l.number() + ": " + l.text() + " → " + DETECTOR.detect(l.text())).toList();
        assertThat(missed).as("weak cues neither put through nor asked about").isEmpty();
    }

    @Test
    void fewNonEmergenciesRaiseAnAlarmOrAQuestion() {
        List<LabelledLine> none = SET.stream().filter(l -> !l.emergency() && !l.unsure()).toList();
        long alarms = none.stream().filter(l -> DETECTOR.detect(l.text()).emergency()).count();
        long questions = none.stream().filter(l -> DETECTOR.detect(l.text()).unsure()).count();
        long emergencies = SET.stream().filter(LabelledLine::emergency).count();
        long weak = SET.stream().filter(LabelledLine::unsure).count();
        System.out.printf("Emergency set: %d lines (%d emergencies, %d weak cues, %d non-emergencies); recall 100%%;"
                + " false alarms %d (%.1f%%), questions %d (%.1f%%)%n", SET.size(), emergencies, weak, none.size(), alarms,
                100.0 * alarms / none.size(), questions, 100.0 * questions / none.size());
        assertThat((double) alarms / none.size()).as("false-alarm rate").isLessThanOrEqualTo(0.02);
        assertThat((double) questions / none.size()).as("question rate").isLessThanOrEqualTo(0.10);
    }

    @Test
    void readingAMessageTakesMicrosecondsNotMilliseconds() {
        List<String> texts = SET.stream().map(LabelledLine::text).toList();
        for (int i = 0; i < 20; i++) {
            texts.forEach(DETECTOR::detect); // warm up
        }
        int rounds = 50;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            texts.forEach(DETECTOR::detect);
        }
        double micros = (System.nanoTime() - start) / 1000.0 / (rounds * texts.size());
        System.out.printf("Emergency detector: %.1f µs per message (mean over %d messages)%n", micros, rounds * texts.size());
        assertThat(micros).as("mean µs per message, on a busy 2-core machine").isLessThan(200);
    }
}
