package cn.yinling.hotline.ivr.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The simulator answers as Asterisk 22.10.1 did in shared/asterisk/AGI-NOTES.md (a sound outside the prompt
 * catalog lasts 3 s, a catalog piece 0.2 s + 0.3 s a character).
 */
class SimulatedAsteriskTest {

    private final CallRecord record = new CallRecord();
    private final List<PlayedPrompt> heard = new ArrayList<>();

    private SimulatedAsterisk asterisk(CallerStep... steps) {
        return new SimulatedAsterisk(ScriptedCaller.of(steps), record, heard::add);
    }

    @Test
    void aKeyDuringAPromptWithEscapeDigitsEndsItWithItsAsciiCodeAndEndpos() {
        SimulatedAsterisk a = asterisk(new CallerStep.Keys("5", 2.0));
        assertThat(a.answer("STREAM FILE zh/hello \"0123456789*#\"")).containsExactly("200 result=53 endpos=16000");
        assertThat(a.answer("WAIT FOR DIGIT 1000")).as("the escape digit is consumed").containsExactly("200 result=0");
    }

    @Test
    void aKeyDuringAPromptWithoutEscapeDigitsIsDiscarded() {
        SimulatedAsterisk a = asterisk(new CallerStep.Keys("6", 1.1));
        a.answer("VERBOSE \"prompt [menu.prompt] 请问要办什么事？\" 3");
        // 7 characters (punctuation is not spoken) at 0.3 s plus 0.2 s of silence: 2.3 s.
        assertThat(a.answer("STREAM FILE yinling/menu.prompt \"\"")).containsExactly("200 result=0 endpos=18400");
        assertThat(a.answer("WAIT FOR DIGIT 2000")).containsExactly("200 result=0");
        assertThat(heard.get(0).text()).isEqualTo("请问要办什么事？");
        assertThat(record.prompts()).singleElement().satisfies(p -> assertThat(p.interruptedBy()).isNull());
    }

    @Test
    void keysAreTimedAgainstTheWholeReplyAndAKeyInAnyPieceEndsIt() {
        SimulatedAsterisk a = asterisk(new CallerStep.Keys("1", 3.0));
        a.answer("VERBOSE \"prompt [menu.prompt render.voice.always] 请问要办什么事？转人工请按0，重听请按星号键。\" 3");
        assertThat(a.answer("STREAM FILE yinling/menu.prompt \"0123456789*#\"")).containsExactly("200 result=0 endpos=18400");
        // The key comes 3.0 s into the reply: 0.7 s into its second piece.
        assertThat(a.answer("STREAM FILE yinling/render.voice.always \"0123456789*#\"")).containsExactly("200 result=49 endpos=5600");
        assertThat(heard).singleElement().satisfies(p -> {
            assertThat(p.ids()).containsExactly("menu.prompt", "render.voice.always");
            assertThat(p.seconds()).isCloseTo(6.4, org.assertj.core.data.Offset.offset(0.001));
        });
        assertThat(record.prompts()).singleElement().satisfies(p -> {
            assertThat(p.interruptedBy()).isEqualTo('1');
            assertThat(p.seconds()).isCloseTo(3.0, org.assertj.core.data.Offset.offset(0.001));
            assertThat(p.text()).startsWith("请问要办什么事");
        });
    }

    @Test
    void aPieceNotRenderedYetIsAMissingFile() {
        SimulatedAsterisk a = asterisk();
        a.answer("VERBOSE \"prompt [say.0123456789ab menu.prompt] 欧阳请问要办什么事？\" 3");
        assertThat(a.answer("STREAM FILE yinling/say.0123456789ab \"\"")).containsExactly("200 result=-1 endpos=0");
        assertThat(a.answer("STREAM FILE yinling/menu.prompt \"\"")).containsExactly("200 result=0 endpos=18400");
        assertThat(record.prompts()).singleElement().satisfies(p -> assertThat(p.seconds()).isCloseTo(2.3,
                org.assertj.core.data.Offset.offset(0.001)));
    }

    @Test
    void getDataReportsTheTimeoutForms() {
        assertThat(asterisk(new CallerStep.Silence()).answer("GET DATA zh/enter-number 3000 4"))
                .containsExactly("200 result= (timeout)");
        assertThat(asterisk(new CallerStep.Keys("12", 2.0)).answer("GET DATA zh/enter-number 3000 4"))
                .containsExactly("200 result=12 (timeout)");
        assertThat(asterisk(new CallerStep.Keys("12#", 2.0)).answer("GET DATA zh/enter-number 3000 4"))
                .containsExactly("200 result=12");
        assertThat(asterisk(new CallerStep.Keys("12345", 4.0)).answer("GET DATA zh/enter-number 3000 4"))
                .containsExactly("200 result=1234");
    }

    @Test
    void aHangUpAnswersTheRunningCommandThenSaysHangupOnceThen511ForChannelCommands() {
        SimulatedAsterisk a = asterisk(new CallerStep.HangUp(2.5));
        assertThat(a.answer("STREAM FILE zh/hello \"0123456789*#\"")).containsExactly("200 result=-1 endpos=20000", "HANGUP");
        assertThat(a.answer("VERBOSE \"after hangup\" 1")).containsExactly("200 result=1");
        assertThat(a.answer("STREAM FILE zh/goodbye \"\"")).containsExactly(SimulatedAsterisk.DEAD);
        assertThat(a.answer("WAIT FOR DIGIT 1000")).containsExactly(SimulatedAsterisk.DEAD);
        assertThat(a.answer("SET VARIABLE X \"1\"")).containsExactly("200 result=1");
        assertThat(a.answer("HANGUP")).containsExactly(SimulatedAsterisk.DEAD);
        assertThat(a.endedBy()).isEqualTo(CallEnd.HUNG_UP_BY_CALLER);
    }

    @Test
    void theServersHangupIsAnsweredThenAnnounced() {
        SimulatedAsterisk a = asterisk();
        assertThat(a.answer("HANGUP")).containsExactly("200 result=1", "HANGUP");
        assertThat(a.answer("CHANNEL STATUS")).containsExactly(SimulatedAsterisk.DEAD);
        assertThat(a.endedBy()).isEqualTo(CallEnd.HUNG_UP_BY_HOTLINE);
    }

    @Test
    void unknownCommandsAndVariablesAreAnsweredAsAsteriskDoes() {
        SimulatedAsterisk a = asterisk();
        assertThat(a.answer("FOO BAR")).containsExactly("510 Invalid or unknown command");
        assertThat(a.answer("GET VARIABLE NO_SUCH_VAR")).containsExactly("200 result=0");
        assertThat(a.answer("SET VARIABLE HOTLINE_CASE_ID \"C-1\"")).containsExactly("200 result=1");
        assertThat(a.answer("GET VARIABLE HOTLINE_CASE_ID")).containsExactly("200 result=1 (C-1)");
        assertThat(a.answer("CHANNEL STATUS")).containsExactly("200 result=6");
    }

    @Nested
    class RecordFile {

        @Test
        void hashEndsTheRecordingWithItsAsciiCodeAndWhatWasSaid() {
            SimulatedAsterisk a = asterisk(new CallerStep.Keys("#", 3.5));
            assertThat(a.answer("RECORD FILE /rec/r83 wav \"#\" 10000 0 s=5"))
                    .containsExactly("200 result=35 (dtmf) endpos=28000");
            assertThat(record.recordings()).singleElement().satisfies(r -> {
                assertThat(r.file()).isEqualTo("/rec/r83");
                assertThat(r.seconds()).isEqualTo(3.5);
            });
        }

        @Test
        void aPauseEndsItWithTheMillisecondsLeftNotZeroAndTheSilenceTrimmed() {
            SimulatedAsterisk a = asterisk(new CallerStep.Speaks(3.0));
            assertThat(a.answer("RECORD FILE /rec/r82 wav \"#\" 10000 0 s=2"))
                    .containsExactly("200 result=5000 (timeout) endpos=24000");
        }

        @Test
        void noSoundAtAllRunsToTheTimeoutWithAnEmptyFile() {
            SimulatedAsterisk a = asterisk(new CallerStep.Silence());
            assertThat(a.answer("RECORD FILE /rec/r84 wav \"#\" 4000")).containsExactly("200 result=0 (timeout) endpos=0");
        }

        @Test
        void talkingPastTheMaximumStopsAtIt() {
            SimulatedAsterisk a = asterisk(new CallerStep.Speaks(30));
            assertThat(a.answer("RECORD FILE /rec/long wav \"#\" 10000 0 s=2"))
                    .containsExactly("200 result=0 (timeout) endpos=80000");
        }

        @Test
        void beepWithoutABeepSoundFailsAtOnce() {
            SimulatedAsterisk a = asterisk(new CallerStep.Keys("#", 2.0));
            assertThat(a.answer("RECORD FILE /rec/r84b wav \"#\" 3000 0 BEEP")).containsExactly("200 result=-1 (randomerror) endpos=0");
        }

        @Test
        void otherKeysAreIgnoredAndAHangUpKeepsWhatWasSaidThenSaysHangup() {
            SimulatedAsterisk b = asterisk(new CallerStep.HangUp(4.0));
            assertThat(b.answer("RECORD FILE /rec/h wav \"#\" 10000 0 s=3"))
                    .containsExactly("200 result=-1 (hangup) endpos=32000", "HANGUP");
            assertThat(b.answer("RECORD FILE /rec/h2 wav \"#\" 10000 0 s=3")).containsExactly(SimulatedAsterisk.DEAD);
            SimulatedAsterisk c = asterisk(new CallerStep.Keys("5#", 1.0));
            assertThat(c.answer("RECORD FILE /rec/k wav \"#\" 10000 0 s=3"))
                    .as("5 is not an escape digit").containsExactly("200 result=35 (dtmf) endpos=12800");
        }
    }
}
