package cn.yinling.hotline.ivr.agi;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.asteriskjava.util.ServerSocketFacade;
import org.asteriskjava.util.SocketConnectionFacade;

/** Hands Asterisk-Java connections from a server socket that is already bound. */
final class BoundServerSocket implements ServerSocketFacade {

    /**
     * Longest wait for one line from Asterisk. A prompt can play for a minute, so this is generous;
     * it only frees the thread of a call whose Asterisk vanished without closing the connection.
     */
    private static final Duration READ_TIMEOUT = Duration.ofMinutes(10);

    private final ServerSocket socket;
    private int readTimeoutMillis = (int) READ_TIMEOUT.toMillis();

    BoundServerSocket(ServerSocket socket) {
        this.socket = socket;
    }

    @Override
    public SocketConnectionFacade accept() throws IOException {
        return new AgiSocket(socket.accept(), readTimeoutMillis);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    @Override
    public void setSocketReadTimeout(int millis) {
        this.readTimeoutMillis = millis;
    }
}
