package cn.yinling.hotline.bot.wechat;

import com.thoughtworks.xstream.XStream;
import com.thoughtworks.xstream.io.naming.NameCoder;
import com.thoughtworks.xstream.io.xml.XmlFriendlyNameCoder;
import com.thoughtworks.xstream.io.xml.XppReader;
import io.github.xstream.mxparser.MXParser;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import me.chanjar.weixin.common.util.xml.XStreamInitializer;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;

/**
 * WxJava's XStream mapping of an incoming message, built the way {@code XStreamTransformer}
 * builds it (WxJava's initializer and permissions, the message's annotations, {@code MsgID}), read
 * with one pull parser per thread. {@code XStreamTransformer.fromXml} makes a new parser for every
 * message, and each allocates about 50 KB of buffers: a quarter of everything the callback
 * allocated under load. The parser resets itself for each input; it resolves no external
 * entities and expands no declared ones (DTDs are refused before this anyway).
 */
final class MessageXml {

    private static final XStream XSTREAM = messageMapping();
    /** The name coder of XStream's {@code XppDriver}, which WxJava's driver keeps. */
    private static final NameCoder NAMES = new XmlFriendlyNameCoder();
    private static final ThreadLocal<MXParser> PARSERS = ThreadLocal.withInitial(MXParser::new);

    private MessageXml() {
    }

    static WxMpXmlMessage read(String xml) {
        return (WxMpXmlMessage) XSTREAM.unmarshal(new XppReader(new StringReader(xml), PARSERS.get(), NAMES));
    }

    private static XStream messageMapping() {
        XStream xstream = XStreamInitializer.getInstance();
        xstream.processAnnotations(WxMpXmlMessage.class);
        xstream.processAnnotations(innerClasses(WxMpXmlMessage.class));
        xstream.aliasField("MsgID", WxMpXmlMessage.class, "msgId");
        return xstream;
    }

    private static Class<?>[] innerClasses(Class<?> type) {
        List<Class<?>> all = new ArrayList<>(Arrays.asList(type.getClasses()));
        for (Class<?> inner : type.getClasses()) {
            all.addAll(Arrays.asList(innerClasses(inner)));
        }
        return all.toArray(Class<?>[]::new);
    }
}
