package cn.yinling.hotline.ivr.agi;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads LF-terminated UTF-8 lines (AGI-NOTES §1a: LF only, Chinese names as raw UTF-8) straight from
 * the socket's bytes, keeping at most one line of {@code maxLineBytes}: a longer line fails as soon
 * as the limit is passed, so a peer sending 150 MB without a newline costs this buffer, not the heap.
 */
final class LineReader {

    /** No deadline: each read waits as long as the socket's own time-out. */
    static final long NO_DEADLINE = Long.MIN_VALUE;

    /** A line longer than the limit; the rest of it is left unread. */
    static final class LineTooLongException extends IOException {
        LineTooLongException(int max) {
            super("a line longer than " + max + " bytes");
        }
    }

    private final Socket socket;
    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[4096];
    private int pos;
    private int end;
    private byte[] line = new byte[256];
    private int lastLineBytes;

    LineReader(Socket socket, int maxLineBytes) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * The next line without its LF (or CR LF); at the end of the stream the unterminated rest, then null.
     *
     * @param deadline {@link System#nanoTime()} by which the whole line must have arrived, or {@link #NO_DEADLINE}
     * @throws SocketTimeoutException when the deadline (or the socket's time-out) passes first
     */
    String readLine(long deadline) throws IOException {
        int length = 0;
        while (true) {
            if (pos == end && !fill(deadline)) {
                return length == 0 ? null : text(length);
            }
            int start = pos;
            while (pos < end && buffer[pos] != '\n') {
                pos++;
            }
            int chunk = pos - start;
            if (length + chunk > maxLineBytes) {
                throw new LineTooLongException(maxLineBytes);
            }
            if (length + chunk > line.length) {
                line = Arrays.copyOf(line, Math.min(maxLineBytes, Math.max(line.length * 2, length + chunk)));
            }
            System.arraycopy(buffer, start, line, length, chunk);
            length += chunk;
            if (pos < end) {
                pos++; // the LF
                return text(length);
            }
        }
    }

    /** Bytes of the line {@link #readLine} returned last, terminator excluded. */
    int lastLineBytes() {
        return lastLineBytes;
    }

    private boolean fill(long deadline) throws IOException {
        if (deadline != NO_DEADLINE) {
            long millisLeft = (deadline - System.nanoTime() + 999_999) / 1_000_000;
            if (millisLeft <= 0) {
                throw new SocketTimeoutException("deadline passed");
            }
            socket.setSoTimeout((int) Math.min(millisLeft, Integer.MAX_VALUE));
        }
        int n = in.read(buffer);
        if (n < 0) {
            return false;
        }
        pos = 0;
        end = n;
        return true;
    }

    private String text(int length) {
        lastLineBytes = length;
        int l = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        return new String(line, 0, l, StandardCharsets.UTF_8);
    }
}
