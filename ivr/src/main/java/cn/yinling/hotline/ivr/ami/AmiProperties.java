package cn.yinling.hotline.ivr.ami;

import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Asterisk Manager Interface connection ({@code hotline.ami.*}). Off unless {@code host} is set
 * or {@code enabled} is true; {@code enabled=false} turns it off even with a host.
 *
 * @param enabled           force the AMI client on (with the default host) or off
 * @param host              Asterisk's address; setting it turns the AMI client on
 * @param port              AMI port ({@code manager.conf} {@code port})
 * @param username          the {@code manager.conf} user (config/asterisk/manager.conf: {@code hotline})
 * @param secret            its secret
 * @param reconnectDelay    pause between our own login attempts while Asterisk cannot be reached at
 *                          start or after Asterisk-Java gave up; once logged in, Asterisk-Java itself
 *                          reconnects after a dropped connection
 * @param channel           dial string of an outbound call, {@code {number}} replaced by the number
 *                          dialled (e.g. {@code PJSIP/{number}@trunk})
 * @param outboundContext   dialplan context an answered outbound call continues in; its extension is
 *                          the script's name ({@code checkin}, {@code followup}), which runs
 *                          {@code AGI(agi://<this node>:4573/${EXTEN})}
 * @param callerId          caller ID of outbound calls, the hotline's own number as the elders know it
 *                          and the trunk may present it (default {@code "银铃热线" <12349>}, the number
 *                          the shipped dialplan answers); empty: whatever the trunk sends, often nothing,
 *                          and an elder may not pick up an unknown number
 * @param ringTimeout       how long an outbound call rings (Originate {@code Timeout})
 * @param originateTimeout  how long to wait for the {@code OriginateResponse} before taking the call as
 *                          lost; longer than {@code ringTimeout}
 * @param secretRequired    refuse to log in with an empty secret or the placeholder of the shipped
 *                          {@code manager.conf} ({@value #PLACEHOLDER_SECRET}); on in the prod profile
 * @param agentDialContext  dialplan context of click-to-call: the agent's phone, once answered, continues
 *                          there at the extension of the number to dial ({@code [yinling-agent-dial]}
 *                          in config/asterisk/extensions.conf dials it out through the trunk)
 */
@ConfigurationProperties("hotline.ami")
public record AmiProperties(
        Boolean enabled,
        String host,
        @DefaultValue("5038") int port,
        @DefaultValue("hotline") String username,
        @DefaultValue("") String secret,
        @DefaultValue("PT10S") Duration reconnectDelay,
        @DefaultValue("PJSIP/{number}@trunk") String channel,
        @DefaultValue("hotline-outbound") String outboundContext,
        @DefaultValue("\"银铃热线\" <12349>") String callerId,
        @DefaultValue("PT30S") Duration ringTimeout,
        @DefaultValue("PT90S") Duration originateTimeout,
        @DefaultValue("false") boolean secretRequired,
        @DefaultValue("yinling-agent-dial") String agentDialContext) {

    /** The secret config/asterisk/manager.conf ships with, to be replaced before use. */
    public static final String PLACEHOLDER_SECRET = "change-me";

    public AmiProperties {
        if (host == null || host.isBlank()) {
            host = "127.0.0.1";
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("hotline.ami.port must be 1-65535, was " + port);
        }
        if (!channel.contains("{number}")) {
            throw new IllegalArgumentException("hotline.ami.channel must contain {number}, was " + channel);
        }
        if (reconnectDelay.isNegative() || reconnectDelay.isZero()) {
            throw new IllegalArgumentException("hotline.ami.reconnect-delay must be positive");
        }
        if (agentDialContext == null || !agentDialContext.matches("[A-Za-z0-9_-]{1,79}")) {
            throw new IllegalArgumentException("hotline.ami.agent-dial-context must be a dialplan context name, was "
                    + agentDialContext);
        }
        if (originateTimeout.compareTo(ringTimeout) <= 0) {
            throw new IllegalArgumentException("hotline.ami.originate-timeout (" + originateTimeout
                    + ") must be longer than hotline.ami.ring-timeout (" + ringTimeout + ")");
        }
    }

    /**
     * Why the secret must not be used to log in, when a real one is required: empty, or still the
     * placeholder of the shipped manager.conf (anyone who read it could place calls through AMI).
     */
    Optional<String> secretRefusal() {
        if (!secretRequired) {
            return Optional.empty();
        }
        if (secret == null || secret.isBlank()) {
            return Optional.of("hotline.ami.secret is empty");
        }
        if (secret.strip().equalsIgnoreCase(PLACEHOLDER_SECRET)) {
            return Optional.of("hotline.ami.secret is still the placeholder \"" + PLACEHOLDER_SECRET
                    + "\" of config/asterisk/manager.conf");
        }
        return Optional.empty();
    }

    /** The dial string for {@code number}. */
    String channelFor(String number) {
        return channel.replace("{number}", number);
    }
}
