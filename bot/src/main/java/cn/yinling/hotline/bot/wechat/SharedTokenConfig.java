package cn.yinling.hotline.bot.wechat;

import me.chanjar.weixin.common.redis.WxRedisOps;
import me.chanjar.weixin.mp.config.impl.WxMpRedisConfigImpl;

/**
 * The access token in Redis, shared by every node ({@code <prefix>:access_token:<appid>}, with the
 * refresh lock at {@code <prefix>:lock:<appid>:accessTokenLock}). WxJava's Redis storage keeps a
 * token for exactly the {@code expires_in} WeChat gave; this one, like WxJava's in-memory storage,
 * lets it lapse {@value #EARLY_SECONDS} s early so no node sends with a token about to expire.
 */
final class SharedTokenConfig extends WxMpRedisConfigImpl {

    static final int EARLY_SECONDS = 200;

    SharedTokenConfig(WxRedisOps redisOps, String keyPrefix) {
        super(redisOps, keyPrefix);
    }

    @Override
    public synchronized void updateAccessToken(String accessToken, int expiresInSeconds) {
        super.updateAccessToken(accessToken, Math.max(expiresInSeconds - EARLY_SECONDS, 1));
    }
}
