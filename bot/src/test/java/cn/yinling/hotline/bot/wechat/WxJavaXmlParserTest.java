package cn.yinling.hotline.bot.wechat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import org.junit.jupiter.api.Test;

/** Second line of defence: even past the DTD check, the parser WxJava uses does not resolve entities. */
class WxJavaXmlParserTest {

    @Test
    void wxJavasParserRefusesAnExternalEntity() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<xml><MsgType>text</MsgType><Content>&x;</Content></xml>";
        assertThatThrownBy(() -> WxMpXmlMessage.fromXml(xxe)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void wxJavasParserRefusesEntityExpansion() {
        String laughs = "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>"
                + "<xml><MsgType>text</MsgType><Content>&lol2;</Content></xml>";
        assertThatThrownBy(() -> WxMpXmlMessage.fromXml(laughs)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void theSafeModeEnvelopeParserRefusesADoctype() {
        SafeModeCrypt crypt = new SafeModeCrypt(WechatProperties.DEMO_TOKEN, WechatProperties.DEMO_AES_KEY,
                WechatProperties.DEMO_APP_ID);
        String xxe = "<!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><xml><Encrypt>&x;</Encrypt></xml>";
        assertThatThrownBy(() -> crypt.decryptXml("sig", "1", "2", xxe)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void theCallbacksOwnParserRefusesAnExternalEntity() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<xml><MsgType>text</MsgType><Content>&x;</Content></xml>";
        assertThatThrownBy(() -> CallbackCodec.parse(xxe)).isInstanceOf(Refused.class);
    }

    @Test
    void theCallbacksOwnParserRefusesEntityExpansion() {
        String laughs = "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>"
                + "<xml><MsgType>text</MsgType><Content>&lol2;</Content></xml>";
        assertThatThrownBy(() -> CallbackCodec.parse(laughs)).isInstanceOf(Refused.class);
    }

    @Test
    void theCallbacksOwnParserReadsWhatWxJavaReads() {
        String xml = "<xml><ToUserName><![CDATA[gh_1]]></ToUserName><FromUserName><![CDATA[o-1]]></FromUserName>"
                + "<CreateTime>1700000000</CreateTime><MsgType><![CDATA[voice]]></MsgType>"
                + "<Recognition><![CDATA[查一下余额]]></Recognition><MsgId>42</MsgId></xml>";
        WxMpXmlMessage ours = CallbackCodec.parse(xml);
        WxMpXmlMessage theirs = WxMpXmlMessage.fromXml(xml);
        org.assertj.core.api.Assertions.assertThat(ours).usingRecursiveComparison().ignoringFields("allFieldsMap")
                .isEqualTo(theirs);
        org.assertj.core.api.Assertions.assertThat(ours.getRecognition()).isEqualTo("查一下余额");
    }

    @Test
    void theCallbacksOwnParserReadsEventsAndTextsAsWxJavaDoesAndSurvivesMalformedInput() {
        String click = "<xml><ToUserName><![CDATA[gh_1]]></ToUserName><FromUserName><![CDATA[o-2]]></FromUserName>"
                + "<CreateTime>1700000001</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[CLICK]]></Event>"
                + "<EventKey><![CDATA[MENU_BALANCE]]></EventKey></xml>";
        String text = "<xml><ToUserName><![CDATA[gh_1]]></ToUserName><FromUserName><![CDATA[o-3]]></FromUserName>"
                + "<CreateTime>1700000002</CreateTime><MsgType><![CDATA[text]]></MsgType>"
                + "<Content><![CDATA[帮我妈约下周三的助浴 <b>&amp;</b>]]></Content><MsgID>43</MsgID></xml>";
        for (String xml : new String[] {click, text}) {
            assertThatThrownBy(() -> CallbackCodec.parse("<xml><Content>unclosed")).isInstanceOf(Refused.class);
            org.assertj.core.api.Assertions.assertThat(CallbackCodec.parse(xml)).usingRecursiveComparison()
                    .ignoringFields("allFieldsMap").isEqualTo(WxMpXmlMessage.fromXml(xml));
        }
        org.assertj.core.api.Assertions.assertThat(CallbackCodec.parse(text).getMsgId()).isEqualTo(43L);
    }
}
