package cn.yinling.hotline.app;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code hotline.redis.*}: the shared Redis of a multi-node deployment (sessions, de-duplication,
 * live updates). Unset means a single node with in-process stores.
 *
 * @param url e.g. {@code redis://127.0.0.1:6379}
 */
@ConfigurationProperties("hotline.redis")
record RedisProperties(URI url) {
}
