package cn.yinling.hotline.bot.wechat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import me.chanjar.weixin.mp.api.impl.WxMpServiceImpl;

/**
 * WxJava's service with one token refresh for many waiting senders: WxJava serialises refreshes
 * under the config's lock but does not look again once it has the lock, so twelve senders meeting
 * an expired token fetched up to twelve tokens (each invalidating the one before). Here a sender
 * that waited for the lock uses the token the first one fetched.
 */
final class SingleRefreshWxMpService extends WxMpServiceImpl {

    private static final long WAIT_SECONDS = 5;

    @Override
    public String getAccessToken(boolean forceRefresh) throws WxErrorException {
        if (!forceRefresh && !getWxMpConfigStorage().isAccessTokenExpired()) {
            return getWxMpConfigStorage().getAccessToken();
        }
        Lock lock = getWxMpConfigStorage().getAccessTokenLock();
        try {
            if (!lock.tryLock(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new WxRuntimeException("no access token after " + WAIT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WxRuntimeException(e);
        }
        try {
            return super.getAccessToken(forceRefresh); // looks at the token again, now under the lock
        } finally {
            lock.unlock();
        }
    }
}
