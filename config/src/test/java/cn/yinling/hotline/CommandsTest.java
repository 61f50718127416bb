package cn.yinling.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandsTest {

    @TempDir
    Path dir;

    @Test
    void anUnknownCommandIsABadUsage() {
        assertThat(Commands.run("frobnicate", new String[0])).isEqualTo(2);
    }

    @Test
    void theSmsStandInNeedsAValueForEachOption() {
        assertThat(Commands.run("sms-standin", new String[] {"--port"})).isEqualTo(2);
        assertThat(Commands.run("sms-standin", new String[] {"--port", "x"})).isEqualTo(2);
        assertThat(Commands.run("sms-standin", new String[] {"--colour", "red"})).isEqualTo(2);
    }

    @Test
    void helpListsTheCommands() {
        assertThat(Commands.run("help", new String[0])).isZero();
    }

    @Test
    void nluEvalPrintsOneJsonObjectAndReportsBadLines() throws Exception {
        Path file = dir.resolve("set.jsonl");
        Files.writeString(file, """
                {"text": "我想预约后天上午的助浴", "intent": "book_service", "slots": {"service": "bathing", "date": "后天", "time": "上午"}}
                this is not json
                {"text": "我摔倒了起不来", "intent": "emergency", "slots": {}}
                """, StandardCharsets.UTF_8);
        Path predictions = dir.resolve("pred.jsonl");
        String out = capture(() -> assertThat(Commands.run("nlu-eval",
                new String[] {file.toString(), "--predictions", predictions.toString()})).isZero());
        assertThat(out.strip()).startsWith("{").endsWith("}");
        assertThat(out).contains("\"accuracy\":1.0").contains("\"slot_f1\":1.0").contains("\"p99_us\"")
                .contains("\"per_intent\"").contains("\"confusions\"").contains("\"bad_lines\"");
        assertThat(Files.readAllLines(predictions)).hasSize(2).allSatisfy(l -> assertThat(l).contains("predicted_intent"));
    }

    @Test
    void nluEvalWithoutAFileIsABadUsageAndAMissingFileAFailure() {
        assertThat(Commands.run("nlu-eval", new String[0])).isEqualTo(2);
        assertThat(Commands.run("nlu-eval", new String[] {dir.resolve("missing.jsonl").toString()})).isEqualTo(1);
    }

    private static String capture(Runnable r) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
