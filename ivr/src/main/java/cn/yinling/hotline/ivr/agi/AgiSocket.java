package cn.yinling.hotline.ivr.agi;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import org.asteriskjava.util.SocketConnectionFacade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One FastAGI connection: LF-terminated lines in UTF-8 (Asterisk sends Chinese caller names as raw
 * UTF-8 bytes), none longer than the limit. The environment is read first, by
 * {@link #readEnvironment()}, within a deadline and size limits, before Asterisk-Java sees the
 * connection; Asterisk-Java then reads it from here as if from the socket. {@link #readLine()}
 * returns null at end of stream, which Asterisk-Java reads as a hang-up.
 */
final class AgiSocket implements SocketConnectionFacade {

    private static final Logger log = LoggerFactory.getLogger(AgiSocket.class);

    private final Socket socket;
    private final ConnectionLimits limits;
    private final LineReader in;
    private final BufferedWriter out;
    /** The environment read ahead, ending with its empty line; handed to Asterisk-Java line by line. */
    private final Deque<String> environment = new ArrayDeque<>();
    private boolean environmentRead;

    AgiSocket(Socket socket, ConnectionLimits limits) throws IOException {
        this.socket = socket;
        this.limits = limits;
        socket.setTcpNoDelay(true);
        this.in = new LineReader(socket, limits.maxLineBytes());
        this.out = new BufferedWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8));
    }

    /**
     * Reads the {@code agi_*} environment up to its empty line. Asterisk sends it all at once on
     * connect; a peer that sends nothing, stops half-way, trickles, or sends too many or too long
     * lines is logged and closed here, and no script runs for it.
     *
     * @return whether the environment arrived whole and within the limits
     */
    boolean readEnvironment() {
        long deadline = System.nanoTime() + limits.environmentTimeout().toNanos();
        int bytes = 0;
        try {
            String line;
            while ((line = in.readLine(deadline)) != null && !line.isEmpty()) {
                bytes += in.lastLineBytes() + 1;
                if (environment.size() >= limits.maxEnvironmentLines()) {
                    return refuse("more than " + limits.maxEnvironmentLines() + " environment lines");
                }
                if (bytes > limits.maxEnvironmentBytes()) {
                    return refuse("an environment over " + limits.maxEnvironmentBytes() + " bytes");
                }
                environment.add(line);
            }
            if (line == null) {
                // A port check or a peer that gave up: nothing to run, nothing worth a warning.
                log.debug("FastAGI: {} closed the connection before the end of its environment", peer());
                close();
                return false;
            }
            environment.add(line);
            socket.setSoTimeout((int) Math.min(limits.callReadTimeout().toMillis(), Integer.MAX_VALUE));
            environmentRead = true;
            return true;
        } catch (SocketTimeoutException e) {
            return refuse("no complete environment within " + limits.environmentTimeout().toMillis() + " ms ("
                    + environment.size() + " lines)");
        } catch (LineReader.LineTooLongException e) {
            return refuse(e.getMessage() + " in the environment");
        } catch (IOException e) {
            return refuse("reading the environment failed: " + e.getMessage());
        }
    }

    @Override
    public String readLine() throws IOException {
        if (!environmentRead) {
            throw new IOException("the environment was not read within the limits");
        }
        String ahead = environment.poll();
        if (ahead != null) {
            return ahead;
        }
        try {
            return in.readLine(LineReader.NO_DEADLINE);
        } catch (LineReader.LineTooLongException e) {
            // The rest of the line is still unread: nothing after it could be trusted, so end the call.
            log.warn("FastAGI: closing the call from {}: {}", peer(), e.getMessage());
            close();
            throw e;
        }
    }

    @Override
    public void write(String s) throws IOException {
        out.write(s);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    @Override
    public boolean isConnected() {
        return socket.isConnected() && !socket.isClosed();
    }

    @Override
    public InetAddress getLocalAddress() {
        return socket.getLocalAddress();
    }

    @Override
    public int getLocalPort() {
        return socket.getLocalPort();
    }

    @Override
    public InetAddress getRemoteAddress() {
        return socket.getInetAddress();
    }

    @Override
    public int getRemotePort() {
        return socket.getPort();
    }

    private boolean refuse(String why) {
        log.warn("FastAGI: closed the connection from {} before any script ran: {}", peer(), why);
        close();
        return false;
    }

    private String peer() {
        return socket.getInetAddress().getHostAddress() + ":" + socket.getPort();
    }
}
