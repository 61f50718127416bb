package cn.yinling.hotline.ivr.agi;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import org.asteriskjava.util.ServerSocketFacade;

/**
 * Hands Asterisk-Java connections from a server socket that is already bound, from allowed hosts
 * only: a connection from any other address is closed on the accept thread, before it gets a call
 * thread or a script, and logged by {@link RefusedConnections}.
 */
final class BoundServerSocket implements ServerSocketFacade {

    private final ServerSocket socket;
    private final AllowedHosts allowed;
    private final RefusedConnections refused;
    private volatile ConnectionLimits limits;
    /** The connection accept() returned last; taken by the server's execute(), which follows on the same thread. */
    private AgiSocket accepted;

    BoundServerSocket(ServerSocket socket, AllowedHosts allowed, RefusedConnections refused, ConnectionLimits limits) {
        this.socket = socket;
        this.allowed = allowed;
        this.refused = refused;
        this.limits = limits;
    }

    @Override
    public AgiSocket accept() throws IOException {
        while (true) {
            Socket s = socket.accept();
            if (allowed.allows(s.getInetAddress())) {
                try {
                    accepted = new AgiSocket(s, limits);
                } catch (IOException e) {
                    s.close();
                    throw e;
                }
                return accepted;
            }
            refused.refused(s.getInetAddress());
            try {
                s.close();
            } catch (IOException e) {
                // gone already
            }
        }
    }

    /** The connection just accepted, once: Asterisk-Java accepts and then executes on its single accept thread. */
    AgiSocket takeAccepted() {
        AgiSocket a = accepted;
        accepted = null;
        return a;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    @Override
    public void setSocketReadTimeout(int millis) {
        this.limits = limits.withCallReadTimeout(Duration.ofMillis(millis));
    }
}
