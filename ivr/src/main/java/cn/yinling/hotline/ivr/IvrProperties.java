package cn.yinling.hotline.ivr;

import java.time.Duration;
import java.util.List;
import org.springframework.util.unit.DataSize;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the voice hotline ({@code hotline.ivr.*}).
 *
 * @param enabled           start the FastAGI server with the application
 * @param bindAddress       address the FastAGI server listens on: loopback unless Asterisk runs on
 *                          another box, then the address on the network Asterisk reaches this node by
 * @param port              FastAGI port; 0 picks a free one (tests, several contexts in one JVM)
 * @param allowedHosts      the Asterisk boxes (IP addresses and CIDR blocks, no host names) a
 *                          connection is accepted from; any other is closed before a thread or a
 *                          script is spent on it. Whoever reaches the port may claim any caller ID.
 * @param environmentTimeout how long a new connection may take to send its whole {@code agi_*}
 *                          environment (Asterisk sends it at once); a silent or trickling
 *                          connection is closed then and its call thread freed
 * @param maxLineLength     longest line read from Asterisk (environment line or reply); a longer one
 *                          closes the connection unread
 * @param maxEnvironmentLines most {@code agi_*} lines of one environment (Asterisk sends about 22, plus
 *                          one per AGI() argument)
 * @param maxEnvironmentSize most bytes of one environment
 * @param poolSize          most calls this node serves at once (default 2,000). A FastAGI call holds
 *                          one thread for its whole length (Java 17: no virtual threads), mostly
 *                          waiting on the socket while a prompt plays, so size it to the Asterisk
 *                          channels that point at this node (plus headroom), not to the cores.
 *                          Threads are made as calls arrive and end after a minute idle; a call
 *                          beyond the pool is refused (socket closed, Asterisk continues the dialplan
 *                          with {@code AGISTATUS=FAILURE}, which should lead to the agents' queue).
 * @param threadStackSize   stack reserved per call thread. The JVM default (1 MB on 64-bit Linux) is
 *                          address space, committed only as used; a smaller reservation keeps 2,000
 *                          calls at 1 GB of address space; every flow (dialog engine, JPA, JDBC)
 *                          has run with it under load (bench {@code ivr-load}).
 * @param recording         how a caller's voice message is recorded (complaints)
 * @param inputTimeout      how long to wait for a key after a prompt; elders are slow, so at least 8 s
 * @param interDigitTimeout pause that ends a number keyed digit by digit (phone, ID digits) when no {@code #} comes
 * @param soundDirectory    Asterisk sound directory of the rendered prompts ({@code STREAM FILE <dir>/<prompt id>})
 * @param outboundTokenValidity how long the one-time token of a check-in or follow-up call stays valid
 *                          after the Originate: past ringing and answering, well below a day
 */
@ConfigurationProperties("hotline.ivr")
public record IvrProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("127.0.0.1") String bindAddress,
        @DefaultValue("4573") int port,
        @DefaultValue({"127.0.0.0/8", "::1"}) List<String> allowedHosts,
        @DefaultValue("PT5S") Duration environmentTimeout,
        @DefaultValue("8KB") DataSize maxLineLength,
        @DefaultValue("200") int maxEnvironmentLines,
        @DefaultValue("64KB") DataSize maxEnvironmentSize,
        @DefaultValue("2000") int poolSize,
        @DefaultValue("512KB") DataSize threadStackSize,
        @DefaultValue("PT10S") Duration inputTimeout,
        @DefaultValue("PT4S") Duration interDigitTimeout,
        @DefaultValue("yinling") String soundDirectory,
        @DefaultValue("PT10M") Duration outboundTokenValidity,
        @DefaultValue Recording recording) {

    static final Duration MIN_INPUT_TIMEOUT = Duration.ofSeconds(8);

    public IvrProperties {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("hotline.ivr.port must be 0-65535, was " + port);
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("hotline.ivr.pool-size must be at least 1, was " + poolSize);
        }
        if (inputTimeout.compareTo(MIN_INPUT_TIMEOUT) < 0) {
            throw new IllegalArgumentException("hotline.ivr.input-timeout must be at least 8 s for elders, was " + inputTimeout);
        }
        if (interDigitTimeout.isNegative() || interDigitTimeout.isZero()) {
            throw new IllegalArgumentException("hotline.ivr.inter-digit-timeout must be positive");
        }
        if (allowedHosts == null || allowedHosts.isEmpty()) {
            throw new IllegalArgumentException("hotline.ivr.allowed-hosts must list the Asterisk hosts");
        }
        allowedHosts = List.copyOf(allowedHosts);
        if (environmentTimeout.isNegative() || environmentTimeout.isZero()) {
            throw new IllegalArgumentException("hotline.ivr.environment-timeout must be positive");
        }
        if (maxLineLength.toBytes() < 1024) {
            throw new IllegalArgumentException("hotline.ivr.max-line-length must be at least 1KB (Asterisk's usage"
                    + " replies are several hundred bytes a line), was " + maxLineLength);
        }
        if (maxEnvironmentLines < 32) {
            throw new IllegalArgumentException("hotline.ivr.max-environment-lines must be at least 32 (Asterisk sends"
                    + " about 22), was " + maxEnvironmentLines);
        }
        if (maxEnvironmentSize.compareTo(maxLineLength) < 0) {
            throw new IllegalArgumentException("hotline.ivr.max-environment-size must be at least max-line-length, was "
                    + maxEnvironmentSize);
        }
        if (outboundTokenValidity.isNegative() || outboundTokenValidity.isZero()) {
            throw new IllegalArgumentException("hotline.ivr.outbound-token-validity must be positive");
        }
        if (threadStackSize.toKilobytes() < 128) {
            throw new IllegalArgumentException("hotline.ivr.thread-stack-size must be at least 128KB, was " + threadStackSize);
        }
    }

    /**
     * Recording a caller's message with {@code RECORD FILE} (AGI-NOTES §8b). The files are written by
     * Asterisk on its own box; the case keeps the path and the length.
     *
     * @param directory  directory on the Asterisk box the messages go to (must exist, writable by Asterisk)
     * @param format     file format Asterisk writes ({@code wav}: 8 kHz 16-bit mono)
     * @param maxLength  longest message; recording stops there
     * @param silence    pause that ends a message (Asterisk's {@code s=}, whole seconds); {@code #} ends it at once
     * @param minLength  shorter recordings count as no message (a cough, or the trimmed rest of silence)
     */
    public record Recording(
            @DefaultValue("/var/spool/asterisk/yinling-messages") String directory,
            @DefaultValue("wav") String format,
            @DefaultValue("PT2M") Duration maxLength,
            @DefaultValue("PT4S") Duration silence,
            @DefaultValue("PT1S") Duration minLength) {

        public Recording {
            if (directory == null || directory.isBlank()) {
                throw new IllegalArgumentException("hotline.ivr.recording.directory must be set");
            }
            if (silence.toSeconds() < 1 || silence.toMillis() % 1000 != 0) {
                throw new IllegalArgumentException("hotline.ivr.recording.silence must be whole seconds, at least 1, was " + silence);
            }
            if (maxLength.compareTo(silence) <= 0) {
                throw new IllegalArgumentException("hotline.ivr.recording.max-length must be longer than the silence, was " + maxLength);
            }
            if (minLength.isNegative()) {
                throw new IllegalArgumentException("hotline.ivr.recording.min-length must not be negative");
            }
        }
    }
}
