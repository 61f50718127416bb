package cn.yinling.hotline.ivr.ami;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.asteriskjava.manager.AuthenticationFailedException;
import org.asteriskjava.manager.EventTimeoutException;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.ManagerConnectionState;
import org.asteriskjava.manager.ManagerEventListener;
import org.asteriskjava.manager.ResponseEvents;
import org.asteriskjava.manager.SendActionCallback;
import org.asteriskjava.manager.TimeoutException;
import org.asteriskjava.manager.action.EventGeneratingAction;
import org.asteriskjava.manager.action.ManagerAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The one AMI session of this node. Logs in in the background, so the application starts while
 * Asterisk is down, and keeps trying every {@code reconnect-delay} until it gets in. Once logged in,
 * Asterisk-Java notices a dropped connection and reconnects by itself (quickly ten times, then every
 * few seconds); our check takes over again if it ever gives up (the connection is back in
 * DISCONNECTED). Listeners stay registered across reconnects.
 */
public class AmiConnection implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AmiConnection.class);

    private final AmiProperties properties;
    private final ManagerConnection connection;
    private volatile ScheduledExecutorService watchdog;
    private volatile boolean warnedDown;

    public AmiConnection(AmiProperties properties) {
        this.properties = properties;
        this.connection = new ManagerConnectionFactory(properties.host(), properties.port(), properties.username(),
                properties.secret()).createManagerConnection();
        // AMI carries caller names as raw UTF-8 (王阿姨), AGI-NOTES §9a.
        this.connection.setEncoding(StandardCharsets.UTF_8);
        // A changed secret should not end the retries for good; the log says why login fails.
        this.connection.setKeepAliveAfterAuthenticationFailure(true);
    }

    /** {@code listener} hears every event of this and every later session. */
    public void listen(ManagerEventListener listener) {
        connection.addEventListener(listener);
    }

    @Override
    public void start() {
        Optional<String> refused = properties.secretRefusal();
        if (refused.isPresent()) {
            log.error("AMI client not started: {}. Set a secret of its own in manager.conf ([{}]) and the same in"
                    + " hotline.ami.secret (HOTLINE_AMI_SECRET); until then no queue events, screen pops or outbound"
                    + " calls (check-ins wait)", refused.get(), properties.username());
            return;
        }
        ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ami-login");
            t.setDaemon(true);
            return t;
        });
        watchdog = s;
        s.scheduleWithFixedDelay(this::ensureLoggedIn, 0, properties.reconnectDelay().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService s = watchdog;
        watchdog = null;
        if (s != null) {
            s.shutdownNow();
        }
        ManagerConnectionState state = connection.getState();
        if (state == ManagerConnectionState.CONNECTED || state == ManagerConnectionState.RECONNECTING) {
            try {
                connection.logoff();
            } catch (RuntimeException e) {
                log.debug("AMI logoff failed while stopping", e);
            }
        }
    }

    @Override
    public boolean isRunning() {
        return watchdog != null;
    }

    /** Whether actions can be sent now. */
    public boolean isConnected() {
        return connection.getState() == ManagerConnectionState.CONNECTED;
    }

    /**
     * Sends {@code action}; {@code callback} gets Asterisk's immediate response.
     *
     * @throws IOException when the connection is down (the action was not sent)
     */
    public void send(ManagerAction action, SendActionCallback callback) throws IOException {
        if (!isConnected()) {
            throw new IOException("AMI not connected to " + properties.host() + ":" + properties.port() + " ("
                    + connection.getState() + ")");
        }
        try {
            connection.sendAction(action, callback);
        } catch (IllegalStateException e) {
            throw new IOException("AMI connection lost while sending " + action.getAction(), e);
        }
    }

    /**
     * Sends {@code action} and waits up to {@code timeout} for Asterisk's answer and the events it
     * lists (e.g. {@code QueueStatus}: QueueParams, QueueMember, QueueEntry, QueueStatusComplete).
     *
     * @throws IOException when the connection is down (the action was not sent)
     */
    public ResponseEvents query(EventGeneratingAction action, Duration timeout) throws IOException,
            EventTimeoutException {
        if (!isConnected()) {
            throw new IOException("AMI not connected to " + properties.host() + ":" + properties.port() + " ("
                    + connection.getState() + ")");
        }
        try {
            return connection.sendEventGeneratingAction(action, timeout.toMillis());
        } catch (IllegalStateException e) {
            throw new IOException("AMI connection lost while sending " + action.getAction(), e);
        }
    }

    void ensureLoggedIn() {
        ManagerConnectionState state = connection.getState();
        if (state != ManagerConnectionState.INITIAL && state != ManagerConnectionState.DISCONNECTED) {
            return; // connected, or Asterisk-Java is connecting/reconnecting itself
        }
        try {
            connection.login();
            warnedDown = false;
            log.info("AMI logged in to {}:{} as {}", properties.host(), properties.port(), properties.username());
        } catch (AuthenticationFailedException e) {
            log.error("AMI login to {}:{} as {} refused: {}; check hotline.ami.username/secret and manager.conf",
                    properties.host(), properties.port(), properties.username(), e.getMessage());
        } catch (IOException | TimeoutException | IllegalStateException e) {
            if (!warnedDown) {
                log.warn("AMI at {}:{} not reachable ({}); trying again every {}", properties.host(), properties.port(),
                        e.getMessage(), properties.reconnectDelay());
                warnedDown = true;
            }
        } catch (RuntimeException e) {
            log.warn("AMI login to {}:{} failed", properties.host(), properties.port(), e);
        }
    }
}
