package cn.yinling.hotline.ivr.ami;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A simulated Asterisk Manager Interface on a real TCP port, speaking the text recorded from
 * Asterisk 22.10.1 in AGI-NOTES §9 and §10: CRLF lines, a message ends with an empty line, the
 * greeting {@code Asterisk Call Manager/11.0.0} is one line without a blank line, {@code Response},
 * {@code ActionID}, {@code Message} in that order, async Originate answered with "Originate
 * successfully queued" and later an {@code OriginateResponse} (Reason 4/0/3/5, {@code <unknown>}
 * fields on failure), a synchronous failure as {@code Response: Error / Message: Originate failed},
 * a missing target extension as {@code Message: Extension does not exist.}, and the queue event
 * sequence of §9c with all its fields.
 *
 * <p>Asterisk-Java's login also sends actions the notes do not record: {@code Challenge} (it logs in
 * with an MD5 key, not the plain {@code Secret} of the notes) and, to find the version, possibly
 * {@code CoreSettings} and {@code Command}. Their replies here follow Asterisk's own documentation
 * (manager action reference), not the notes. So do {@code QueueCallerAbandon}, which the lab
 * session did not produce, the {@code QueueStatus} action (a list: {@code Response: Success},
 * {@code EventList: start}, "Queue status will follow", then QueueParams, QueueMember and QueueEntry
 * events carrying the ActionID, ended by QueueStatusComplete with {@code ListItems}), and an
 * {@code Originate} with {@code Application}/{@code Data} (ChanSpy) instead of {@code Exten}.
 */
final class SimulatedAmi implements AutoCloseable {

    static final String GREETING = "Asterisk Call Manager/11.0.0";

    /** What happens to an originated call, per dialled channel. */
    enum Outcome {
        ANSWERED(4), FAILED(0), NO_ANSWER(3), BUSY(5), NO_RESPONSE(-1);

        final int reason;

        Outcome(int reason) {
            this.reason = reason;
        }
    }

    /** One queued call as §9c saw it: the caller's channel and the member who answered. */
    record QueueCall(String uniqueid, String callerNumber, String callerName, String queue, String memberInterface,
            String memberName, int holdSeconds, int talkSeconds) {
    }

    /** One queue member as QueueStatus reports it (Status: Asterisk's device state, 1 = not in use). */
    record Member(String name, String iface, int status, boolean paused, boolean inCall) {
    }

    /** One caller waiting in the queue as QueueStatus reports it. */
    record Waiting(String uniqueid, String callerNumber, long waitSeconds) {
    }

    /** What QueueStatus answers for the queue. */
    private record QueueState(String queue, List<Member> members, List<Waiting> waiting, int talkSeconds) {
    }

    private final String username;
    private final String secret;
    private volatile QueueState queueState = quietQueue();
    private final ServerSocket server;
    private final List<Session> sessions = new CopyOnWriteArrayList<>();
    private final List<Map<String, String>> actions = new CopyOnWriteArrayList<>();
    private final List<List<String>> actionsBySession = new CopyOnWriteArrayList<>();
    private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
    private final Set<String> extensions = ConcurrentHashMap.newKeySet();
    private final AtomicInteger logins = new AtomicInteger();
    private final AtomicInteger channels = new AtomicInteger();
    private volatile boolean closed;

    private SimulatedAmi(String username, String secret, int port) throws IOException {
        this.username = username;
        this.secret = secret;
        this.server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        extensions.addAll(Set.of("checkin", "followup", "callback", "responder"));
        Thread acceptor = new Thread(this::accept, "simulated-ami");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Listens on {@code port} (0: a free one) of the loopback address. */
    static SimulatedAmi start(String username, String secret, int port) {
        try {
            return new SimulatedAmi(username, secret, port);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the simulated AMI", e);
        }
    }

    int port() {
        return server.getLocalPort();
    }

    /** Originates to {@code channel} end with {@code outcome}; unlisted channels are answered. */
    void answerCallsTo(String channel, Outcome outcome) {
        outcomes.put(channel, outcome);
    }

    /** Extensions that exist in every context; an Originate to another is rejected at once. */
    void removeExtension(String exten) {
        extensions.remove(exten);
    }

    void addExtension(String exten) {
        extensions.add(exten);
    }

    /** From now on QueueStatus reports {@code queue} with these members and waiting callers. */
    void queueState(String queue, List<Member> members, List<Waiting> waiting, int talkSeconds) {
        queueState = new QueueState(queue, List.copyOf(members), List.copyOf(waiting), talkSeconds);
    }

    /** QueueStatus reports the hotline's queue with one free agent and nobody waiting. */
    void quietQueueState() {
        queueState = quietQueue();
    }

    private static QueueState quietQueue() {
        return new QueueState("hotline-q", List.of(new Member("agent1", "PJSIP/agent01", 1, false, false)), List.of(), 0);
    }

    /** Successful logins so far (one per session, so a reconnect adds one). */
    int logins() {
        return logins.get();
    }

    /** Every action received, in order, header names as sent. */
    List<Map<String, String>> actions() {
        return List.copyOf(actions);
    }

    /** The action names each connection sent, one list per connection in the order they were accepted. */
    List<List<String>> actionNamesBySession() {
        return actionsBySession.stream().map(List::copyOf).toList();
    }

    List<Map<String, String>> actions(String name) {
        return actions.stream().filter(a -> name.equalsIgnoreCase(a.get("Action"))).toList();
    }

    /** The peer closes every connection, as when Asterisk restarts. */
    void dropConnections() {
        for (Session s : sessions) {
            s.close();
        }
    }

    /** §9c: join, agent called, member ringing, leave, connect, complete, member free. */
    void queueCallAnswered(QueueCall call) {
        String dest = "Local/agent@agents-" + hex(channels.incrementAndGet()) + ";1";
        String destUniqueid = call.uniqueid() + "1";
        emit(queueEvent("QueueCallerJoin", call) + "Queue: " + call.queue() + "\r\nPosition: 1\r\nCount: 1\r\n");
        emit(queueEvent("AgentCalled", call) + dest(call, dest, destUniqueid, "0", "Down")
                + "Queue: " + call.queue() + "\r\nInterface: " + call.memberInterface() + "\r\nMemberName: "
                + call.memberName() + "\r\n");
        emit(memberStatus(call, 0, 2));
        emit(queueEvent("QueueCallerLeave", call) + "Queue: " + call.queue() + "\r\nPosition: 1\r\nCount: 0\r\n");
        emit(queueEvent("AgentConnect", call) + dest(call, dest, destUniqueid, "6", "Up")
                + "Queue: " + call.queue() + "\r\nInterface: " + call.memberInterface() + "\r\nMemberName: "
                + call.memberName() + "\r\nHoldTime: " + call.holdSeconds() + "\r\nRingTime: 2\r\n");
        emit(queueEvent("AgentComplete", call) + dest(call, dest, destUniqueid, "6", "Up")
                + "Queue: " + call.queue() + "\r\nInterface: " + call.memberInterface() + "\r\nMemberName: "
                + call.memberName() + "\r\nHoldTime: " + call.holdSeconds() + "\r\nTalkTime: " + call.talkSeconds()
                + "\r\nReason: agent\r\n");
        emit(memberStatus(call, 1, 1));
    }

    /** §9c up to the answer: join, agent called, member ringing, leave, connect; the agent is still talking. */
    void queueCallConnected(QueueCall call, String agentChannel) {
        String destUniqueid = call.uniqueid() + "1";
        emit(queueEvent("QueueCallerJoin", call) + "Queue: " + call.queue() + "\r\nPosition: 1\r\nCount: 1\r\n");
        emit(queueEvent("AgentCalled", call) + dest(call, agentChannel, destUniqueid, "0", "Down")
                + "Queue: " + call.queue() + "\r\nInterface: " + call.memberInterface() + "\r\nMemberName: "
                + call.memberName() + "\r\n");
        emit(queueEvent("QueueCallerLeave", call) + "Queue: " + call.queue() + "\r\nPosition: 1\r\nCount: 0\r\n");
        emit(queueEvent("AgentConnect", call) + dest(call, agentChannel, destUniqueid, "6", "Up")
                + "Queue: " + call.queue() + "\r\nInterface: " + call.memberInterface() + "\r\nMemberName: "
                + call.memberName() + "\r\nHoldTime: " + call.holdSeconds() + "\r\nRingTime: 2\r\n");
    }

    /** The caller's channel name the queue events of {@code call} carry. */
    static String callerChannel(QueueCall call) {
        return "Local/s@c90-" + hex(Math.abs(call.uniqueid().hashCode()) % 0xffff) + ";1";
    }

    /** A caller who hangs up while waiting: join, agent called, then (from Asterisk's documentation) abandon and leave. */
    void queueCallAbandoned(QueueCall call) {
        String dest = "Local/agent@agents-" + hex(channels.incrementAndGet()) + ";1";
        emit(queueEvent("QueueCallerJoin", call) + "Queue: " + call.queue() + "\r\nPosition: 1\r\nCount: 1\r\n");
        emit(queueEvent("AgentCalled", call) + dest(call, dest, call.uniqueid() + "1", "0", "Down")
                + "Queue: " + call.queue() + "\r\nInterface: " + call.memberInterface() + "\r\nMemberName: "
                + call.memberName() + "\r\n");
        emit(queueEvent("QueueCallerAbandon", call) + "Queue: " + call.queue()
                + "\r\nPosition: 1\r\nOriginalPosition: 1\r\nHoldTime: " + call.holdSeconds() + "\r\n");
        emit(queueEvent("QueueCallerLeave", call) + "Queue: " + call.queue() + "\r\nPosition: 1\r\nCount: 0\r\n");
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        dropConnections();
    }

    // --- the wire

    private void accept() {
        while (!closed) {
            try {
                Socket socket = server.accept();
                Session session = new Session(socket);
                sessions.add(session);
                Thread t = new Thread(session::run, "simulated-ami-session");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void emit(String event) {
        for (Session s : sessions) {
            if (s.loggedIn) {
                s.write(event + "\r\n");
            }
        }
    }

    private final class Session {

        private final Socket socket;
        private final OutputStream out;
        private final List<String> names = new CopyOnWriteArrayList<>();
        private volatile boolean loggedIn;
        private String challenge;

        Session(Socket socket) throws IOException {
            this.socket = socket;
            this.out = socket.getOutputStream();
            actionsBySession.add(names);
        }

        void run() {
            try (socket) {
                write(GREETING + "\r\n"); // one line, no blank line after it
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.UTF_8));
                Map<String, String> action;
                while ((action = read(in)) != null) {
                    actions.add(action);
                    names.add(action.getOrDefault("Action", ""));
                    if (!answer(action)) {
                        return;
                    }
                }
            } catch (IOException e) {
                // the client went away or we dropped it
            } finally {
                sessions.remove(this);
            }
        }

        /** @return whether to keep the connection */
        private boolean answer(Map<String, String> a) {
            String name = a.getOrDefault("Action", "");
            String id = a.get("ActionID");
            switch (name.toLowerCase()) {
                case "challenge" -> {
                    // From Asterisk's documentation of the Challenge action (not recorded in the notes).
                    challenge = Integer.toString(100_000_000 + channels.incrementAndGet() * 7919);
                    write(response("Success", id, null) + "Challenge: " + challenge + "\r\n\r\n");
                }
                case "login" -> login(a, id);
                case "coresettings" -> {
                    if (!loggedIn) {
                        write(response("Error", id, "Permission denied") + "\r\n");
                        return true;
                    }
                    // From Asterisk's documentation of CoreSettings (not recorded in the notes).
                    write(response("Success", id, null) + "AMIversion: 11.0.0\r\nAsteriskVersion: 22.10.1\r\n"
                            + "SystemName: \r\nCoreMaxCalls: 0\r\nCoreMaxLoadAvg: 0.000000\r\nCoreRunUser: asterisk\r\n"
                            + "CoreRunGroup: asterisk\r\nCoreMaxFilehandles: 0\r\nCoreRealTimeEnabled: No\r\n"
                            + "CoreCDRenabled: Yes\r\nCoreHTTPenabled: No\r\nSoundsSearchCustomDir: No\r\n\r\n");
                }
                case "command" -> {
                    // From Asterisk's documentation of Command (output as Output: lines since Asterisk 14).
                    String output = a.getOrDefault("Command", "").contains("version")
                            ? "Asterisk 22.10.1 built by root @ lab on a x86_64 running Linux on 2026-01-01 00:00:00 UTC"
                            : "No such command '" + a.get("Command") + "' (type 'core show help' for help)";
                    write(response("Success", id, "Command output follows") + "Output: " + output + "\r\n\r\n");
                }
                case "ping" -> write(response("Success", id, null) + "Ping: Pong\r\nTimestamp: 1795374344.000000\r\n\r\n");
                case "originate" -> originate(a, id);
                case "queuestatus" -> queueStatus(a, id);
                case "logoff" -> {
                    write(response("Goodbye", id, "Thanks for all the fish.") + "\r\n");
                    return false;
                }
                default -> write(response("Error", id, "Invalid/unknown command") + "\r\n");
            }
            return true;
        }

        private void login(Map<String, String> a, String id) {
            boolean userOk = username.equals(a.get("Username"));
            boolean secretOk = a.containsKey("Secret") ? secret.equals(a.get("Secret"))
                    : challenge != null && md5(challenge + secret).equalsIgnoreCase(a.getOrDefault("Key", ""));
            if (userOk && secretOk) {
                write(response("Success", id, "Authentication accepted") + "\r\n");
                loggedIn = true;
                logins.incrementAndGet();
                // The lab also got SuccessfulAuth, a 'security' class event the hotline user does not read.
                write("Event: FullyBooted\r\nPrivilege: system,all\r\nUptime: 10\r\nLastReload: 10\r\n"
                        + "Status: Fully Booted\r\n\r\n");
            } else {
                write(response("Error", id, "Authentication failed") + "\r\n");
            }
        }

        private void originate(Map<String, String> a, String id) {
            if (!loggedIn) {
                write(response("Error", id, "Permission denied") + "\r\n");
                return;
            }
            String channel = a.getOrDefault("Channel", "");
            String exten = a.getOrDefault("Exten", "");
            Outcome outcome = outcomes.getOrDefault(channel, Outcome.ANSWERED);
            // With Application (e.g. ChanSpy) the answered channel runs that application: no extension to check.
            if (!a.containsKey("Application") && !extensions.contains(exten)) {
                write(response("Error", id, "Extension does not exist.") + "\r\n");
                return;
            }
            if (!"true".equalsIgnoreCase(a.get("Async"))) {
                write(outcome == Outcome.ANSWERED ? response("Success", id, "Originate successfully queued") + "\r\n"
                        : response("Error", id, "Originate failed") + "\r\n");
                return;
            }
            write(response("Success", id, "Originate successfully queued") + "\r\n");
            if (outcome == Outcome.NO_RESPONSE) {
                return;
            }
            boolean answered = outcome == Outcome.ANSWERED;
            int n = channels.incrementAndGet();
            String[] callerId = callerId(a.get("CallerID"));
            write("Event: OriginateResponse\r\nPrivilege: call,all\r\nActionID: " + id + "\r\n"
                    + "Response: " + (answered ? "Success" : "Failure") + "\r\n"
                    + "Channel: " + (answered ? channel + "-" + hex(n) + (channel.startsWith("Local/") ? ";1" : "")
                            : channel) + "\r\n"
                    + "Context: " + a.get("Context") + "\r\nExten: " + exten + "\r\nReason: " + outcome.reason + "\r\n"
                    + "Uniqueid: " + (answered ? "1795374344." + n : "<unknown>") + "\r\n"
                    + "CallerIDNum: " + (answered ? callerId[0] : "<unknown>") + "\r\n"
                    + "CallerIDName: " + (answered ? callerId[1] : "<unknown>") + "\r\n\r\n");
        }

        /** QueueStatus as Asterisk's documentation and app_queue give it: a list of events, then its end. */
        private void queueStatus(Map<String, String> a, String id) {
            if (!loggedIn) {
                write(response("Error", id, "Permission denied") + "\r\n");
                return;
            }
            QueueState q = queueState;
            String idLine = id == null ? "" : "ActionID: " + id + "\r\n";
            String filter = a.get("Queue");
            StringBuilder out = new StringBuilder("Response: Success\r\n").append(idLine)
                    .append("EventList: start\r\nMessage: Queue status will follow\r\n\r\n");
            int items = 0;
            if (filter == null || filter.equals(q.queue())) {
                out.append("Event: QueueParams\r\nQueue: ").append(q.queue()).append("\r\nMax: 0\r\nStrategy: rrmemory\r\n")
                        .append("Calls: ").append(q.waiting().size()).append("\r\nHoldtime: 0\r\nTalkTime: ")
                        .append(q.talkSeconds()).append("\r\nCompleted: 0\r\nAbandoned: 0\r\nServiceLevel: 60\r\n")
                        .append("ServicelevelPerf: 0.0\r\nServicelevelPerf2: 0.0\r\nWeight: 0\r\n").append(idLine)
                        .append("\r\n");
                items++;
                for (Member m : q.members()) {
                    out.append("Event: QueueMember\r\nQueue: ").append(q.queue()).append("\r\nName: ").append(m.name())
                            .append("\r\nLocation: ").append(m.iface()).append("\r\nStateInterface: ").append(m.iface())
                            .append("\r\nMembership: static\r\nPenalty: 0\r\nCallsTaken: 0\r\nLastCall: 0\r\n")
                            .append("LastPause: 0\r\nLoginTime: 1795374334\r\nInCall: ").append(m.inCall() ? 1 : 0)
                            .append("\r\nStatus: ").append(m.status()).append("\r\nPaused: ").append(m.paused() ? 1 : 0)
                            .append("\r\nPausedReason: \r\nWrapuptime: 0\r\n").append(idLine).append("\r\n");
                    items++;
                }
                int position = 1;
                for (Waiting w : q.waiting()) {
                    out.append("Event: QueueEntry\r\nQueue: ").append(q.queue()).append("\r\nPosition: ").append(position++)
                            .append("\r\nChannel: PJSIP/trunk-").append(hex(Math.abs(w.uniqueid().hashCode()) % 0xffff))
                            .append("\r\nUniqueid: ").append(w.uniqueid()).append("\r\nCallerIDNum: ").append(w.callerNumber())
                            .append("\r\nCallerIDName: <unknown>\r\nConnectedLineNum: <unknown>\r\n")
                            .append("ConnectedLineName: <unknown>\r\nWait: ").append(w.waitSeconds())
                            .append("\r\nPriority: 1\r\n").append(idLine).append("\r\n");
                    items++;
                }
            }
            out.append("Event: QueueStatusComplete\r\n").append(idLine).append("EventList: Complete\r\nListItems: ")
                    .append(items).append("\r\n\r\n");
            write(out.toString());
        }

        synchronized void write(String text) {
            try {
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                close();
            }
        }

        void close() {
            loggedIn = false;
            try {
                socket.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }

    /** One message: lines up to an empty line; null at the end of the stream. */
    private static Map<String, String> read(BufferedReader in) throws IOException {
        Map<String, String> message = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        List<String> variables = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isEmpty()) {
                if (message.isEmpty()) {
                    continue;
                }
                if (!variables.isEmpty()) {
                    message.put("Variable", String.join("|", variables));
                }
                return message;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                String key = line.substring(0, colon).strip();
                String value = line.substring(colon + 1).strip();
                if (key.equalsIgnoreCase("Variable")) {
                    variables.add(value);
                } else {
                    message.put(key, value);
                }
            }
        }
        return null;
    }

    private static String response(String response, String actionId, String message) {
        StringBuilder b = new StringBuilder("Response: ").append(response).append("\r\n");
        if (actionId != null) {
            b.append("ActionID: ").append(actionId).append("\r\n");
        }
        if (message != null) {
            b.append("Message: ").append(message).append("\r\n");
        }
        return b.toString();
    }

    /** The standard channel header of a queue event (§9c), for the caller's channel. */
    private static String queueEvent(String event, QueueCall call) {
        String chan = callerChannel(call);
        return "Event: " + event + "\r\nPrivilege: agent,all\r\nChannel: " + chan + "\r\nChannelState: 6\r\n"
                + "ChannelStateDesc: Up\r\nCallerIDNum: " + call.callerNumber() + "\r\nCallerIDName: "
                + call.callerName() + "\r\nConnectedLineNum: " + call.callerNumber() + "\r\nConnectedLineName: "
                + call.callerName() + "\r\nLanguage: en\r\nAccountCode: \r\nContext: hotline\r\nExten: 90\r\n"
                + "Priority: 2\r\nUniqueid: " + call.uniqueid() + "\r\nLinkedid: " + call.uniqueid() + "\r\n";
    }

    private static String dest(QueueCall call, String dest, String destUniqueid, String state, String stateDesc) {
        return "DestChannel: " + dest + "\r\nDestChannelState: " + state + "\r\nDestChannelStateDesc: " + stateDesc
                + "\r\nDestCallerIDNum: " + call.callerNumber() + "\r\nDestCallerIDName: " + call.callerName()
                + "\r\nDestConnectedLineNum: " + call.callerNumber() + "\r\nDestConnectedLineName: "
                + call.callerName() + "\r\nDestLanguage: en\r\nDestAccountCode: \r\nDestContext: agents\r\n"
                + "DestExten: 90\r\nDestPriority: 1\r\nDestUniqueid: " + destUniqueid + "\r\nDestLinkedid: "
                + call.uniqueid() + "\r\n";
    }

    private static String memberStatus(QueueCall call, int callsTaken, int status) {
        return "Event: QueueMemberStatus\r\nPrivilege: agent,all\r\nQueue: " + call.queue() + "\r\nMemberName: "
                + call.memberName() + "\r\nInterface: " + call.memberInterface() + "\r\nStateInterface: "
                + call.memberInterface() + "\r\nMembership: static\r\nPenalty: 0\r\nCallsTaken: " + callsTaken
                + "\r\nLastCall: 0\r\nLastPause: 0\r\nLoginTime: 1795374334\r\nInCall: 0\r\nStatus: " + status
                + "\r\nPaused: 0\r\nPausedReason: \r\nRinginuse: 0\r\nWrapuptime: 0\r\n";
    }

    /** {@code "王阿姨" <13800000001>} → [13800000001, 王阿姨]; none → {@code <unknown>}. */
    private static String[] callerId(String callerId) {
        if (callerId == null || callerId.isBlank()) {
            return new String[] {"<unknown>", "<unknown>"};
        }
        int lt = callerId.indexOf('<');
        if (lt < 0) {
            return new String[] {callerId.strip(), "<unknown>"};
        }
        String name = callerId.substring(0, lt).strip().replace("\"", "");
        String num = callerId.substring(lt + 1, callerId.indexOf('>', lt));
        return new String[] {num, name.isEmpty() ? "<unknown>" : name};
    }

    private static String hex(int n) {
        return String.format("%08x", n);
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
