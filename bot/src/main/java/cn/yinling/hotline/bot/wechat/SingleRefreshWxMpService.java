package cn.yinling.hotline.bot.wechat;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import me.chanjar.weixin.mp.api.impl.WxMpServiceImpl;
import me.chanjar.weixin.mp.config.WxMpConfigStorage;

/**
 * WxJava's service with one token refresh for many waiting senders: WxJava serialises refreshes
 * under the config's lock but does not look again once it has the lock, so twelve senders meeting
 * an expired token fetched up to twelve tokens (each invalidating the one before). Here a sender
 * that waited for the lock uses the token the first one fetched. With the token in Redis
 * ({@link SharedTokenConfig}) the lock is a Redis lock and this holds across nodes: one node
 * fetches, the others wait and read its token.
 */
final class SingleRefreshWxMpService extends WxMpServiceImpl {

    private static final long WAIT_SECONDS = 5;

    @Override
    public String getAccessToken(boolean forceRefresh) throws WxErrorException {
        WxMpConfigStorage config = getWxMpConfigStorage();
        if (!forceRefresh && !config.isAccessTokenExpired()) {
            return config.getAccessToken();
        }
        Lock lock = config.getAccessTokenLock();
        try {
            if (!lock.tryLock(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new WxRuntimeException("no access token after " + WAIT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WxRuntimeException(e);
        }
        try {
            if (!forceRefresh && !config.isAccessTokenExpired()) {
                return config.getAccessToken(); // fetched by the sender (or node) that held the lock before us
            }
            String response = config.isStableAccessToken() ? doGetStableAccessTokenRequest(forceRefresh)
                    : doGetAccessTokenRequest();
            return extractAccessToken(response);
        } catch (IOException e) {
            throw new WxRuntimeException(e);
        } finally {
            lock.unlock();
        }
    }
}
