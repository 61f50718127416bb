package cn.yinling.hotline.bot.wechat;

import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.bean.kefu.WxMpKefuMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Sends text through WeChat's customer-service message API (客服消息). WxJava keeps the access
 * token: cached, refreshed 200 s before it expires under one lock, and on 40001/40014/42001
 * (token invalid or expired) fetched again and the send retried once. Other {@code errcode}s
 * (45015: the user has not written for 48 hours, 45047: too many messages, …) are logged and returned.
 */
class CustomerService {

    private static final Logger log = LoggerFactory.getLogger(CustomerService.class);

    private final WxMpService wx;

    CustomerService(WxMpService wx) {
        this.wx = wx;
    }

    Delivery send(String openid, String text) {
        try {
            wx.getKefuService().sendKefuMessage(WxMpKefuMessage.TEXT().toUser(openid).content(text).build());
            return Delivery.ok();
        } catch (WxErrorException e) {
            int code = e.getError() == null ? -1 : e.getError().getErrorCode();
            String why = e.getError() == null ? e.getMessage() : e.getError().getErrorMsg();
            log.warn("Customer-service message to {} not delivered: errcode {} ({})", openid, code, why);
            return Delivery.failed(code, why);
        } catch (WxRuntimeException e) {
            log.warn("Customer-service message to {} not delivered: {}", openid, e.getMessage());
            return Delivery.failed(-1, e.getMessage());
        } catch (JedisException e) {
            // The shared access token lives in Redis: without Redis there is no token to send with.
            log.warn("Customer-service message to {} not delivered: Redis unavailable for the access token: {}", openid,
                    e.getMessage());
            return Delivery.failed(-1, "access token unavailable (Redis): " + e.getMessage());
        }
    }
}
