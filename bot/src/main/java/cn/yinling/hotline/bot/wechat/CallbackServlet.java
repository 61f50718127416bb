package cn.yinling.hotline.bot.wechat;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * the dialog engine (JFR, see docs/develop.md, Benchmarks).
 */
final class CallbackServlet extends HttpServlet {

    private static final Logger log = LoggerFactory.getLogger(CallbackServlet.class);

    private final transient CallbackGuard guard;
    private final transient CallbackCodec codec;
    private final transient WechatInbox inbox;
    private final transient ReplyWatchdog watchdog;
    private final int maxBodyBytes;

    CallbackServlet(CallbackGuard guard, CallbackCodec codec, WechatInbox inbox, ReplyWatchdog watchdog,
            int maxBodyBytes) {
        this.guard = guard;
        this.codec = codec;
        this.inbox = inbox;
        this.watchdog = watchdog;
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
        CallbackCodec.Opened opened;
        try {
            guard.checkSignature(request.getParameter("signature"), timestamp, nonce);
            String body = BoundedBody.read(request, maxBodyBytes);
            if (!"aes".equalsIgnoreCase(request.getParameter("encrypt_type"))) {
                // Safe mode needs no such check: its msg_signature covers the body.
                guard.checkNotReplayed(request.getParameter("signature"), timestamp, nonce, body);
            }
            opened = codec.open(body, request.getParameter("encrypt_type"), request.getParameter("msg_signature"),
                    timestamp, nonce);
            guard.checkSender(opened.message().getFromUser());
        } catch (Refused e) {
            refuse(e, request, response);
            return;
        }
        inbox.receive(opened.message(), new CallbackReply(request, response, opened));
    }

    /**
     * The reply of one request. Once the budget runs, the request is asynchronous, so that the
     * watchdog's thread may answer it while the turn still runs on the request's thread; whoever
     * comes first writes the response, the other leaves it alone.
     */
    private final class CallbackReply implements PassiveReply, ReplyWatchdog.Watched {

        private final HttpServletRequest request;
        private final HttpServletResponse response;
        private final CallbackCodec.Opened opened;
        private final AtomicBoolean given = new AtomicBoolean();
        private AsyncContext async;

        CallbackReply(HttpServletRequest request, HttpServletResponse response, CallbackCodec.Opened opened) {
            this.request = request;
            this.response = response;
            this.opened = opened;
        }

        @Override
        public void startBudget() {
            async = request.startAsync();
            async.setTimeout(0); // the watchdog keeps the budget; the turn itself may take what it takes
            watchdog.watch(this);
        }

        @Override
        public boolean give(String text) {
            if (!given.compareAndSet(false, true)) {
                return false;
            }
            try {
                write(response, HttpServletResponse.SC_OK, "application/xml;charset=UTF-8", codec.reply(opened, text));
                if (async != null) {
                    response.flushBuffer(); // now: completing waits until the request's thread is done with the turn
                }
            } catch (IOException e) {
                log.info("WeChat went away before the reply to {} was written: {}", opened.message().getFromUser(),
                        e.toString());
            } finally {
                if (async != null) {
                    async.complete();
                }
            }
            return true;
        }

        @Override
        public boolean given() {
            return given.get();
        }

        @Override
        public void overrun() {
            give(null);
        }
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
