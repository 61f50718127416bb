package cn.yinling.hotline.bot.wechat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Official Account's server URL ({@code /wechat/callback}): {@code GET} verifies the server,
 * {@code POST} delivers messages and events. Every request is signature- and time-checked before
 * its body is looked at; a refused one gets its 4xx and a log line.
 * <p>
 * A plain servlet, not an MVC controller: it takes four query parameters and answers a string, and
 * under load Spring MVC's dispatch around it (handler lookup, argument resolution, content
 * negotiation, message converters) cost more CPU than everything the callback itself does before
 * the dialog engine (JFR, see the README's benchmark section).
 */
final class CallbackServlet extends HttpServlet {

    private static final Logger log = LoggerFactory.getLogger(CallbackServlet.class);

    private final transient CallbackGuard guard;
    private final transient CallbackCodec codec;
    private final transient WechatInbox inbox;
    private final int maxBodyBytes;

    CallbackServlet(CallbackGuard guard, CallbackCodec codec, WechatInbox inbox, int maxBodyBytes) {
        this.guard = guard;
        this.codec = codec;
        this.inbox = inbox;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            guard.checkSignature(request.getParameter("signature"), request.getParameter("timestamp"),
                    request.getParameter("nonce"));
        } catch (Refused e) {
            refuse(e, request, response);
            return;
        }
        String echostr = request.getParameter("echostr");
        write(response, HttpServletResponse.SC_OK, "text/plain;charset=UTF-8", echostr == null ? "" : echostr);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String timestamp = request.getParameter("timestamp");
        String nonce = request.getParameter("nonce");
        String reply;
        try {
            guard.checkSignature(request.getParameter("signature"), timestamp, nonce);
            String body = BoundedBody.read(request, maxBodyBytes);
            CallbackCodec.Opened opened = codec.open(body, request.getParameter("encrypt_type"),
                    request.getParameter("msg_signature"), timestamp, nonce);
            reply = codec.reply(opened, inbox.receive(opened.message()));
        } catch (Refused e) {
            refuse(e, request, response);
            return;
        }
        write(response, HttpServletResponse.SC_OK, "application/xml;charset=UTF-8", reply);
    }

    private static void refuse(Refused e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        log.warn("WeChat callback refused with {} from {}: {}", e.status().value(), request.getRemoteAddr(), e.getMessage());
        write(response, e.status().value(), "text/plain;charset=UTF-8", e.status().getReasonPhrase());
    }

    private static void write(HttpServletResponse response, int status, String contentType, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
