package cn.yinling.hotline.ivr.simulator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What happened on one simulated call: prompts heard, channel variables set, how it ended. */
public final class CallRecord {

    private final List<PlayedPrompt> prompts = new ArrayList<>();
    private final List<Recording> recordings = new ArrayList<>();
    private final Map<String, String> variables = new LinkedHashMap<>();
    private final List<String> transcript = new ArrayList<>();
    private final List<StreamedFile> streamed = new ArrayList<>();
    private CallEnd end = CallEnd.NOT_CLOSED;
    private boolean closedByServer;

    void prompt(PlayedPrompt prompt) {
        prompts.add(prompt);
    }

    void recording(Recording recording) {
        recordings.add(recording);
    }

    void streamed(String file, boolean found) {
        streamed.add(new StreamedFile(file, found));
    }

    void variable(String name, String value) {
        variables.put(name, value);
    }

    void log(String line) {
        transcript.add(line);
    }

    void end(CallEnd end, boolean closedByServer) {
        this.end = end;
        this.closedByServer = closedByServer;
    }

    public List<PlayedPrompt> prompts() {
        return Collections.unmodifiableList(prompts);
    }

    /** The {@code RECORD FILE}s of the call, in order. */
    public List<Recording> recordings() {
        return Collections.unmodifiableList(recordings);
    }

    /** Every {@code STREAM FILE} of the call with its sound directory, and whether the file was there. */
    public List<StreamedFile> streamed() {
        return Collections.unmodifiableList(streamed);
    }

    /** The files played (found), {@code <directory>/<id>}, in order. */
    public List<String> filesPlayed() {
        return streamed.stream().filter(StreamedFile::found).map(StreamedFile::file).toList();
    }

    /** Channel variables set with {@code SET VARIABLE}, in order. */
    public Map<String, String> variables() {
        return Collections.unmodifiableMap(variables);
    }

    /** Every line both ways, {@code >>>} from the server and {@code <<<} from the simulated Asterisk. */
    public List<String> transcript() {
        return Collections.unmodifiableList(transcript);
    }

    public CallEnd end() {
        return end;
    }

    /** Whether the server closed the connection (Asterisk never does, even after a hang-up). */
    public boolean closedByServer() {
        return closedByServer;
    }

    /** The texts of all prompts, one per line, for assertions and printing. */
    public String heard() {
        return String.join("\n", prompts.stream().map(p -> p.text() == null ? "[" + p.id() + "]" : p.text()).toList());
    }

    @Override
    public String toString() {
        return "CallRecord[end=" + end + ", variables=" + variables + ", prompts=" + prompts.size() + "]";
    }
}
