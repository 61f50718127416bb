package cn.yinling.hotline.ivr.agi;

import cn.yinling.hotline.ivr.IvrProperties;
import java.time.Duration;

/**
 * What one FastAGI connection may send: its environment within {@code environmentTimeout}, at most
 * {@code maxEnvironmentLines} lines and {@code maxEnvironmentBytes} bytes; no line longer than
 * {@code maxLineBytes}; after the environment, each read waits up to {@code callReadTimeout}.
 */
record ConnectionLimits(Duration environmentTimeout, int maxLineBytes, int maxEnvironmentLines,
        int maxEnvironmentBytes, Duration callReadTimeout) {

    /**
     * Longest wait for one line once the call runs. A prompt can play for a minute and a message is
     * recorded for up to two, so this is generous; it only frees the thread of a call whose
     * Asterisk vanished without closing the connection.
     */
    static final Duration CALL_READ_TIMEOUT = Duration.ofMinutes(10);

    static ConnectionLimits of(IvrProperties properties) {
        return new ConnectionLimits(properties.environmentTimeout(), Math.toIntExact(properties.maxLineLength().toBytes()),
                properties.maxEnvironmentLines(), Math.toIntExact(properties.maxEnvironmentSize().toBytes()),
                CALL_READ_TIMEOUT);
    }

    ConnectionLimits withCallReadTimeout(Duration timeout) {
        return new ConnectionLimits(environmentTimeout, maxLineBytes, maxEnvironmentLines, maxEnvironmentBytes, timeout);
    }
}
