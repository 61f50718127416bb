package cn.yinling.hotline.ivr.ami;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulated AMI sends the bytes AGI-NOTES §9 recorded from Asterisk 22.10.1, checked on a raw socket. */
class SimulatedAmiTest {

    SimulatedAmi ami;
    Socket socket;
    InputStream in;
    OutputStream out;

    @BeforeEach
    void connected() throws IOException {
        ami = SimulatedAmi.start("hotline", "secret", 0);
        socket = new Socket(InetAddress.getLoopbackAddress(), ami.port());
        socket.setSoTimeout(10_000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    @AfterEach
    void close() throws IOException {
        socket.close();
        ami.close();
    }

    @Test
    void greetsWithOneCrlfLineAndAcceptsThePlainLoginOfTheNotes() throws IOException {
        assertThat(readLine()).isEqualTo("Asterisk Call Manager/11.0.0\r\n");
        send("Action: Login\r\nUsername: hotline\r\nSecret: secret\r\nActionID: login1\r\n\r\n");
        assertThat(readMessage()).isEqualTo("Response: Success\r\nActionID: login1\r\nMessage: Authentication accepted\r\n\r\n");
        assertThat(readMessage()).startsWith("Event: FullyBooted\r\n");
    }

    @Test
    void anAsyncOriginateIsQueuedThenAnsweredWithReasonFour() throws IOException {
        loggedIn();
        send("Action: Originate\r\nChannel: Local/s@c10\r\nContext: hotline\r\nExten: checkin\r\nPriority: 1\r\n"
                + "CallerID: \"王阿姨\" <13800000001>\r\nAsync: true\r\nActionID: o1-env\r\n\r\n");
        assertThat(readMessage()).isEqualTo("Response: Success\r\nActionID: o1-env\r\nMessage: Originate successfully queued\r\n\r\n");
        String event = readMessage();
        assertThat(event).startsWith("Event: OriginateResponse\r\nPrivilege: call,all\r\nActionID: o1-env\r\n"
                + "Response: Success\r\nChannel: Local/s@c10-").contains(";1\r\nContext: hotline\r\nExten: checkin\r\n"
                + "Reason: 4\r\nUniqueid: 1795374344.").endsWith("CallerIDNum: 13800000001\r\nCallerIDName: 王阿姨\r\n\r\n");
    }

    @Test
    void aBusyCallFailsWithUnknownFieldsAndTheDialStringAsChannel() throws IOException {
        loggedIn();
        ami.answerCallsTo("Local/s@busy", SimulatedAmi.Outcome.BUSY);
        send("Action: Originate\r\nChannel: Local/s@busy\r\nContext: hotline\r\nExten: checkin\r\nPriority: 1\r\n"
                + "Async: true\r\nActionID: o4-busy\r\n\r\n");
        readMessage();
        assertThat(readMessage()).isEqualTo("Event: OriginateResponse\r\nPrivilege: call,all\r\nActionID: o4-busy\r\n"
                + "Response: Failure\r\nChannel: Local/s@busy\r\nContext: hotline\r\nExten: checkin\r\nReason: 5\r\n"
                + "Uniqueid: <unknown>\r\nCallerIDNum: <unknown>\r\nCallerIDName: <unknown>\r\n\r\n");
    }

    @Test
    void aSynchronousFailureAndAMissingExtensionAreErrorsWithoutAnEvent() throws IOException {
        loggedIn();
        ami.answerCallsTo("Local/nosuch@caller", SimulatedAmi.Outcome.FAILED);
        send("Action: Originate\r\nChannel: Local/nosuch@caller\r\nContext: hotline\r\nExten: checkin\r\nPriority: 1\r\n"
                + "ActionID: o6-sync\r\n\r\n");
        assertThat(readMessage()).isEqualTo("Response: Error\r\nActionID: o6-sync\r\nMessage: Originate failed\r\n\r\n");
        send("Action: Originate\r\nChannel: Local/s@c10\r\nContext: hotline\r\nExten: 555\r\nPriority: 1\r\n"
                + "Async: true\r\nActionID: o7-badtarget\r\n\r\n");
        assertThat(readMessage()).isEqualTo("Response: Error\r\nActionID: o7-badtarget\r\nMessage: Extension does not exist.\r\n\r\n");
    }

    @Test
    void aQueueCallProducesTheEventSequenceOfTheNotes() throws IOException {
        loggedIn();
        ami.queueCallAnswered(new SimulatedAmi.QueueCall("1795374497.52", "13800000001", "王阿姨", "hotline-q",
                "Local/agent@agents/n", "Agent01", 2, 5));
        List<String> events = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            events.add(readMessage());
        }
        assertThat(events).extracting(e -> e.substring(0, e.indexOf("\r\n")))
                .containsExactly("Event: QueueCallerJoin", "Event: AgentCalled", "Event: QueueMemberStatus",
                        "Event: QueueCallerLeave", "Event: AgentConnect", "Event: AgentComplete", "Event: QueueMemberStatus");
        assertThat(events.get(0)).contains("Privilege: agent,all\r\n").contains("Uniqueid: 1795374497.52\r\n")
                .contains("CallerIDName: 王阿姨\r\n").endsWith("Queue: hotline-q\r\nPosition: 1\r\nCount: 1\r\n\r\n");
        assertThat(events.get(3)).endsWith("Queue: hotline-q\r\nPosition: 1\r\nCount: 0\r\n\r\n");
        assertThat(events.get(4)).contains("DestExten: 90\r\n").endsWith("Queue: hotline-q\r\nInterface: Local/agent@agents/n\r\n"
                + "MemberName: Agent01\r\nHoldTime: 2\r\nRingTime: 2\r\n\r\n");
        assertThat(events.get(5)).endsWith("HoldTime: 2\r\nTalkTime: 5\r\nReason: agent\r\n\r\n");
    }

    private void loggedIn() throws IOException {
        readLine();
        send("Action: Login\r\nUsername: hotline\r\nSecret: secret\r\nActionID: login1\r\n\r\n");
        readMessage();
        readMessage(); // FullyBooted
    }

    private void send(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            line.write(b);
            if (b == '\n') {
                break;
            }
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    /** Lines up to and including the empty line that ends a message, exactly as received. */
    private String readMessage() throws IOException {
        StringBuilder message = new StringBuilder();
        String line;
        do {
            line = readLine();
            message.append(line);
        } while (!line.isEmpty() && !line.equals("\r\n"));
        return message.toString();
    }
}
