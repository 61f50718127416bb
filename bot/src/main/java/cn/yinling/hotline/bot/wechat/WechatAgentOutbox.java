package cn.yinling.hotline.bot.wechat;

import cn.yinling.hotline.bot.takeover.WechatOutbox;

/** Agents' replies in a taken-over chat go out as customer-service messages. */
class WechatAgentOutbox implements WechatOutbox {

    private final CustomerService customerService;

    WechatAgentOutbox(CustomerService customerService) {
        this.customerService = customerService;
    }

    @Override
    public Failure send(String openid, String text) {
        Delivery d = customerService.send(openid, text);
        return d.delivered() ? null : new Failure(d.errcode(), d.error());
    }
}
