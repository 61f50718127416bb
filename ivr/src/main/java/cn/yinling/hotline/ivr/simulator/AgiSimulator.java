package cn.yinling.hotline.ivr.simulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Places a call on a FastAGI server the way Asterisk 22 does, over a real TCP socket: the
 * {@code agi_*} environment in Asterisk's order, then one reply per command from
 * {@link SimulatedAsterisk}. It never closes the connection itself while the server is working —
 * after a hang-up Asterisk leaves it open too — and records whether the server closed it.
 */
public final class AgiSimulator {

    private static final AtomicLong CALLS = new AtomicLong();
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private static final ServerTimes NOT_TIMED = (command, nanos) -> {
    };

    private final String host;
    private final int port;
    private final Duration patience;
    private final PromptLengths lengths;
    private final Duration turnaround;
    private final double pace;
    private final ServerTimes serverTimes;

    /**
     * @param patience how long to wait for the server's next command (or its closing the socket)
     *                 before giving up on it as hung
     * @param lengths  how long each prompt piece plays (keys are timed against them)
     */
    public AgiSimulator(String host, int port, Duration patience, PromptLengths lengths) {
        this(host, port, patience, lengths, Duration.ZERO, 0, NOT_TIMED);
    }

    /** Prompt pieces as long as their words take to say slowly. */
    public AgiSimulator(String host, int port, Duration patience) {
        this(host, port, patience, PromptLengths.estimated());
    }

    private AgiSimulator(String host, int port, Duration patience, PromptLengths lengths, Duration turnaround,
            double pace, ServerTimes serverTimes) {
        if (pace < 0) {
            throw new IllegalArgumentException("pace must not be negative: " + pace);
        }
        this.host = host;
        this.port = port;
        this.patience = patience;
        this.lengths = lengths;
        this.turnaround = turnaround;
        this.pace = pace;
        this.serverTimes = serverTimes;
    }

    /**
     * The same simulator where {@code turnaround} of the call's time passes before each command, as
     * if the server took that long to send it: keys the caller presses meanwhile are lost, as they
     * are on Asterisk, where no command is waiting for them then.
     */
    public AgiSimulator withTurnaround(Duration turnaround) {
        return new AgiSimulator(host, port, patience, lengths, turnaround, pace, serverTimes);
    }

    /**
     * The same simulator in real time: each reply is held back for as long as Asterisk would have
     * been busy (prompt playing, waiting for keys), times {@code pace} (1 = real time, 0 = at once,
     * the default), so simulated calls last and overlap as real ones do.
     */
    public AgiSimulator paced(double pace) {
        return new AgiSimulator(host, port, patience, lengths, turnaround, pace, serverTimes);
    }

    /** The same simulator, telling {@code serverTimes} how long the server took for each command. */
    public AgiSimulator timing(ServerTimes serverTimes) {
        return new AgiSimulator(host, port, patience, lengths, turnaround, pace, serverTimes);
    }

    public AgiSimulator(String host, int port) {
        this(host, port, Duration.ofSeconds(30));
    }

    /** Calls {@code agi://host:port/hotline} from {@code callerId}. */
    public CallRecord call(String callerId, Caller caller) throws IOException {
        return call("hotline", callerId, null, caller, p -> {
        });
    }

    /**
     * Calls {@code agi://host:port/<script>} from {@code callerId} and {@code callerName} (either
     * {@code null}: not sent, Asterisk then says {@code unknown}), telling {@code listener} of each
     * prompt as it starts.
     */
    public CallRecord call(String script, String callerId, String callerName, Caller caller,
            Consumer<PlayedPrompt> listener)
            throws IOException {
        return call(script, callerId, callerName, Map.of(), caller, listener);
    }

    /**
     * As above, on a channel that already carries {@code channelVariables} (as an AMI Originate's
     * {@code Variable:} lines set them), readable by the script with {@code GET VARIABLE}.
     */
    public CallRecord call(String script, String callerId, String callerName, Map<String, String> channelVariables,
            Caller caller, Consumer<PlayedPrompt> listener)
            throws IOException {
        CallRecord record = new CallRecord();
        SimulatedAsterisk asterisk = new SimulatedAsterisk(caller, record, listener, channelVariables, lengths);
        asterisk.turnaround(turnaround.toNanos() / 1e9);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) CONNECT_TIMEOUT.toMillis());
            socket.setSoTimeout((int) patience.toMillis());
            socket.setTcpNoDelay(true);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            send(out, record, environment(script, callerId, callerName));
            boolean closedByServer = converse(in, out, record, asterisk);
            CallEnd end = !closedByServer ? CallEnd.NOT_CLOSED
                    : asterisk.endedBy() == null ? CallEnd.RETURNED_TO_DIALPLAN : asterisk.endedBy();
            record.end(end, closedByServer);
        }
        return record;
    }

    /** @return whether the server closed the connection (rather than leaving it hanging) */
    private boolean converse(BufferedReader in, OutputStream out, CallRecord record, SimulatedAsterisk asterisk)
            throws IOException {
        long sent = System.nanoTime();
        while (true) {
            String line;
            try {
                line = in.readLine();
                if (line != null) {
                    serverTimes.took(line, System.nanoTime() - sent);
                }
            } catch (SocketTimeoutException e) {
                record.log("--- server silent for " + patience.toSeconds() + " s, giving up");
                return false;
            } catch (IOException e) {
                record.log("--- connection reset: " + e.getMessage());
                return true;
            }
            if (line == null) {
                record.log("--- server closed the connection");
                return true;
            }
            record.log(">>> " + line);
            double before = asterisk.now();
            List<String> replies = asterisk.answer(line);
            hold(asterisk.now() - before);
            for (String reply : replies) {
                send(out, record, reply + "\n");
            }
            sent = System.nanoTime();
        }
    }

    /** Real time for a paced simulator: as long as the command kept Asterisk busy, times the pace. */
    private void hold(double callSeconds) throws IOException {
        long millis = Math.round(callSeconds * pace * 1000);
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("call interrupted");
        }
    }

    private static void send(OutputStream out, CallRecord record, String text) throws IOException {
        for (String l : text.split("\n", -1)) {
            if (!l.isEmpty()) {
                record.log("<<< " + l);
            }
        }
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            // The server may close while a HANGUP is still on its way; it does not need it any more.
            record.log("--- write failed: " + e.getMessage());
        }
    }

    /** The environment exactly as Asterisk 22.10.1 sends it (AGI-NOTES §1a), ended by an empty line. */
    private String environment(String script, String callerId, String callerName) {
        long n = CALLS.incrementAndGet();
        String id = callerId == null || callerId.isBlank() ? "unknown" : callerId;
        String name = callerName == null || callerName.isBlank() ? "unknown" : callerName; // raw UTF-8, unquoted
        String uniqueId = (System.currentTimeMillis() / 1000) + "." + n;
        return "agi_network: yes\n"
                + "agi_network_script: " + script + "\n"
                + "agi_request: agi://" + host + ":" + port + "/" + script + "\n"
                + "agi_channel: Local/s@sim-" + String.format("%08x", n) + ";1\n"
                + "agi_language: en\n"
                + "agi_type: Local\n"
                + "agi_uniqueid: " + uniqueId + "\n"
                + "agi_version: 22.10.1\n"
                + "agi_callerid: " + id + "\n"
                + "agi_calleridname: " + name + "\n"
                + "agi_callingpres: " + (id.equals("unknown") ? "67" : "0") + "\n"
                + "agi_callingani2: 0\n"
                + "agi_callington: 0\n"
                + "agi_callingtns: 0\n"
                + "agi_dnid: unknown\n"
                + "agi_rdnis: unknown\n"
                + "agi_context: hotline\n"
                + "agi_extension: 12349\n"
                + "agi_priority: 2\n"
                + "agi_enhanced: 0.0\n"
                + "agi_accountcode: \n"
                + "agi_threadid: " + (139_979_294_287_552L + n) + "\n"
                + "\n";
    }
}
