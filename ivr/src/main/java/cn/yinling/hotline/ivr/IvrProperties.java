package cn.yinling.hotline.ivr;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the voice hotline ({@code hotline.ivr.*}).
 *
 * @param enabled           start the FastAGI server with the application
 * @param bindAddress       address the FastAGI server listens on
 * @param port              FastAGI port; 0 picks a free one (tests, several contexts in one JVM)
 * @param poolSize          most calls this node serves at once. A FastAGI call holds one thread for
 *                          its whole length, mostly waiting on the socket while a prompt plays, so
 *                          size it to the Asterisk channels that point at this node (plus headroom),
 *                          not to the cores. Threads are made as calls arrive; a call beyond the pool
 *                          is refused (socket closed, Asterisk continues the dialplan with
 *                          {@code AGISTATUS=FAILURE}, which should lead to the agents' queue).
 * @param inputTimeout      how long to wait for a key after a prompt; elders are slow, so at least 8 s
 * @param interDigitTimeout pause that ends a number keyed digit by digit (phone, ID digits) when no {@code #} comes
 * @param soundDirectory    Asterisk sound directory of the rendered prompts ({@code STREAM FILE <dir>/<prompt id>})
 */
@ConfigurationProperties("hotline.ivr")
public record IvrProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("0.0.0.0") String bindAddress,
        @DefaultValue("4573") int port,
        @DefaultValue("200") int poolSize,
        @DefaultValue("PT10S") Duration inputTimeout,
        @DefaultValue("PT4S") Duration interDigitTimeout,
        @DefaultValue("yinling") String soundDirectory) {

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
    }
}
