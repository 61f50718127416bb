package cn.yinling.hotline.ivr.call;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.voice.Pace;
import cn.yinling.hotline.cases.voice.VoicePreference;
import cn.yinling.hotline.cases.voice.VoicePreferences;
import cn.yinling.hotline.ivr.simulator.AgiSimulator;
import cn.yinling.hotline.ivr.simulator.CallRecord;
import cn.yinling.hotline.ivr.simulator.CallerStep;
import cn.yinling.hotline.ivr.simulator.PromptLengths;
import cn.yinling.hotline.ivr.simulator.ScriptedCaller;
import cn.yinling.hotline.ivr.simulator.StreamedFile;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The phone line in the elder's own voice: once the caller is known (registered number, or
 * identified on the call), every piece is looked for in the elder's directory (slow, dialect) and a
 * piece missing there is played from the standard set, answered by the simulated Asterisk as a real
 * one answers a missing file ({@code result=-1 endpos=0}).
 */
class ElderVoiceCallTest extends CallTestSupport {

    private static final String SLOW = "yinling-slow";
    private static final String SICHUAN = "yinling-sichuan";

    @Autowired
    VoicePreferences preferences;

    String phone;
    Elder elder;
    /** The greeting of a known elder, as the standard set says it. */
    List<String> greeting;

    @BeforeEach
    void aRegisteredElder() throws IOException {
        phone = elderWithPhone("ANQING_FREE");
        elder = elderOf(phone);
        greeting = dial(phone, new CallerStep.HangUp(0.5)).prompts().get(0).ids();
    }

    @Test
    void anElderWithoutAPreferenceHearsTheStandardSet() throws IOException {
        CallRecord call = call(PromptLengths.estimated().withDirectory(SLOW, PromptLengths.estimated().slower(1.5)));

        assertThat(call.filesPlayed()).isNotEmpty().allSatisfy(f -> assertThat(f).startsWith("yinling/"));
    }

    @Test
    void aSlowElderHearsEveryPieceFromTheSlowSet() throws IOException {
        preferences.change(elder.elderId(), new VoicePreference(Pace.SLOW, null, false), "test");

        CallRecord call = call(PromptLengths.estimated().withDirectory(SLOW, PromptLengths.estimated().slower(1.5)));

        assertThat(greetingFiles(call)).isEqualTo(greeting.stream().map(id -> SLOW + "/" + id).toList());
        assertThat(call.prompts().get(0).ids()).isEqualTo(greeting);
    }

    @Test
    void aPieceMissingFromTheSlowSetIsPlayedFromTheStandardOne() throws IOException {
        preferences.change(elder.elderId(), new VoicePreference(Pace.SLOW, null, false), "test");
        String missing = greeting.get(greeting.size() - 1);

        CallRecord call = call(PromptLengths.estimated()
                .withDirectory(SLOW, PromptLengths.estimated().slower(1.5).without(missing)));

        assertThat(call.streamed()).contains(new StreamedFile(SLOW + "/" + missing, false));
        assertThat(greetingFiles(call)).containsExactlyElementsOf(greeting.stream()
                .map(id -> (id.equals(missing) ? "yinling/" : SLOW + "/") + id).toList());
        assertThat(call.prompts()).as("one reply, heard whole").first()
                .satisfies(p -> assertThat(p.ids()).isEqualTo(greeting));
    }

    @Test
    void aDialectSetWithOnlyAFewPiecesIsFilledInFromTheStandardSet() throws IOException {
        preferences.change(elder.elderId(), new VoicePreference(Pace.NORMAL, "sichuan", false), "test");
        String recorded = greeting.get(0);
        PromptLengths sichuan = PromptLengths.estimated().without(greeting.subList(1, greeting.size()).toArray(String[]::new));

        CallRecord call = call(PromptLengths.estimated().withDirectory(SICHUAN, sichuan));

        assertThat(call.filesPlayed()).first().isEqualTo(SICHUAN + "/" + recorded);
        assertThat(greetingFiles(call).subList(1, greeting.size())).allSatisfy(f -> assertThat(f).startsWith("yinling/"));
    }

    @Test
    void anUnknownCallerHearsTheElderVoiceOnceIdentified() throws IOException {
        preferences.change(elder.elderId(), new VoicePreference(Pace.SLOW, null, false), "test");
        PromptLengths lengths = PromptLengths.estimated().withDirectory(SLOW, PromptLengths.estimated().slower(1.5));

        // From a number nobody registered: balance (2), then the elder's phone and the last four ID digits.
        CallRecord call = new AgiSimulator("127.0.0.1", server.port(), Duration.ofSeconds(20), lengths)
                .call("13999990000", ScriptedCaller.of(press("2"), press(phone + "#"), press(elder.idNumber().lastFour() + "#"),
                        new CallerStep.HangUp(0.5)));

        assertThat(call.heard()).contains("核对好了");
        assertThat(call.filesPlayed()).first().asString().startsWith("yinling/");
        assertThat(call.filesPlayed()).last().asString().startsWith(SLOW + "/");
    }

    private CallRecord call(PromptLengths lengths) throws IOException {
        return new AgiSimulator("127.0.0.1", server.port(), Duration.ofSeconds(20), lengths)
                .call(phone, ScriptedCaller.of(new CallerStep.Silence(), new CallerStep.HangUp(0.5)));
    }

    /** The files of the greeting: the caller listens to it whole, then hangs up early in the next reply. */
    private List<String> greetingFiles(CallRecord call) {
        return call.filesPlayed().subList(0, greeting.size());
    }
}
