package cn.yinling.hotline.bench;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * A small HTTP/1.1 client for load on one loopback server, driven by the caller's own thread: a
 * pool of keep-alive connections, one request in flight on each, non-blocking sockets under one
 * selector. A load harness on the same two cores as the server must cost little per request, and
 * the JDK's {@code HttpClient} (futures, executors, header objects per request) cost more CPU than
 * the server it measured. Knows only what the callback answers: a status line, headers with
 * {@code Content-Length}, and {@code Connection: close} (Tomcat's keep-alive limit).
 * Not thread-safe: one thread calls {@link #send} and {@link #poll}.
 */
final class KeepAliveClient implements Closeable {

    /** The outcome of one request, told on the polling thread. */
    interface Done {
        void completed(int status, String body);

        void failed(String why);
    }

    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

    private final InetSocketAddress address;
    private final int maxConnections;
    private final long timeoutNanos;
    private final Selector selector;
    private final ArrayDeque<Connection> idle = new ArrayDeque<>();
    private final List<Connection> busy = new ArrayList<>();
    private int open;
    private long nextTimeoutCheck;

    KeepAliveClient(InetSocketAddress address, int maxConnections, long timeoutNanos) throws IOException {
        this.address = address;
        this.maxConnections = maxConnections;
        this.timeoutNanos = timeoutNanos;
        this.selector = Selector.open();
    }

    /** Whether {@link #send} has a connection to use now (an idle one, or room for a new one). */
    boolean canSend() {
        return !idle.isEmpty() || open < maxConnections;
    }

    int inFlight() {
        return busy.size();
    }

    /** Sends one complete request (head and body); {@code done} is told on a later {@link #poll}. */
    void send(byte[] request, Done done) {
        Connection c = idle.poll();
        try {
            if (c == null) {
                c = connect();
            }
        } catch (IOException e) {
            done.failed("connect: " + e.getClass().getSimpleName());
            return;
        }
        c.start(request, done, System.nanoTime() + timeoutNanos);
        busy.add(c);
        try {
            c.writeSome();
        } catch (IOException e) {
            c.fail("write: " + e.getClass().getSimpleName());
        }
    }

    /**
     * Waits up to {@code maxWaitNanos} (rounded up to whole milliseconds: spinning on
     * {@code selectNow} would take the server's CPU) for sockets to be ready and finishes what they allow.
     */
    void poll(long maxWaitNanos) throws IOException {
        if (maxWaitNanos <= 0) {
            selector.selectNow();
        } else {
            selector.select((maxWaitNanos + 999_999) / 1_000_000);
        }
        Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
        while (keys.hasNext()) {
            SelectionKey key = keys.next();
            keys.remove();
            Connection c = (Connection) key.attachment();
            try {
                if (key.isValid() && key.isConnectable()) {
                    c.channel.finishConnect();
                    c.writeSome();
                } else if (key.isValid() && key.isWritable()) {
                    c.writeSome();
                }
                if (key.isValid() && key.isReadable()) {
                    c.readSome();
                }
            } catch (IOException e) {
                c.fail(e.getClass().getSimpleName());
            }
        }
        long now = System.nanoTime();
        if (now - nextTimeoutCheck > 0) {
            nextTimeoutCheck = now + 50_000_000L;
            for (Connection c : new ArrayList<>(busy)) {
                if (now - c.deadline > 0) {
                    c.fail("timeout");
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        for (Connection c : new ArrayList<>(busy)) {
            c.fail("closed");
        }
        while (!idle.isEmpty()) {
            idle.poll().close();
        }
        selector.close();
    }

    private Connection connect() throws IOException {
        SocketChannel ch = SocketChannel.open();
        ch.configureBlocking(false);
        ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
        Connection c = new Connection(ch);
        open++;
        boolean connected = ch.connect(address);
        c.key = ch.register(selector, connected ? 0 : SelectionKey.OP_CONNECT, c);
        return c;
    }

    private final class Connection {
        final SocketChannel channel;
        SelectionKey key;
        ByteBuffer out;
        byte[] in = new byte[4096];
        int read;
        Done done;
        long deadline;
        boolean closed;

        Connection(SocketChannel channel) {
            this.channel = channel;
        }

        void start(byte[] request, Done d, long until) {
            out = ByteBuffer.wrap(request);
            read = 0;
            done = d;
            deadline = until;
        }

        void writeSome() throws IOException {
            if (!channel.isConnected()) {
                return; // OP_CONNECT first
            }
            if (out != null) {
                channel.write(out);
                if (!out.hasRemaining()) {
                    out = null;
                }
            }
            key.interestOps(out != null ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
        }

        void readSome() throws IOException {
            if (read == in.length) {
                in = Arrays.copyOf(in, in.length * 2);
            }
            int n = channel.read(ByteBuffer.wrap(in, read, in.length - read));
            if (n < 0) {
                if (done == null) {
                    close(); // the server ended an idle keep-alive connection
                } else {
                    fail("connection closed by the server");
                }
                return;
            }
            read += n;
            if (done != null) {
                tryComplete();
            }
        }

        private void tryComplete() {
            int headEnd = indexOf(in, read, HEADER_END);
            if (headEnd < 0) {
                return;
            }
            String head = new String(in, 0, headEnd, StandardCharsets.ISO_8859_1);
            int length = 0;
            boolean closeAfter = false;
            for (String line : head.split("\r\n")) {
                String lower = line.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(lower.substring(15).trim());
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closeAfter = true;
                }
            }
            int bodyStart = headEnd + HEADER_END.length;
            if (read < bodyStart + length) {
                return;
            }
            int status = Integer.parseInt(head.substring(9, 12));
            String body = new String(in, bodyStart, length, StandardCharsets.UTF_8);
            Done d = done;
            done = null;
            busy.remove(this);
            if (closeAfter) {
                close();
            } else {
                idle.push(this);
            }
            d.completed(status, body);
        }

        void fail(String why) {
            Done d = done;
            done = null;
            busy.remove(this);
            close();
            if (d != null) {
                d.failed(why);
            }
        }

        void close() {
            if (closed) {
                return;
            }
            closed = true;
            idle.remove(this);
            key.cancel();
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            open--;
        }
    }

    private static int indexOf(byte[] data, int length, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
