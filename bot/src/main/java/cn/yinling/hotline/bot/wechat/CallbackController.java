package cn.yinling.hotline.bot.wechat;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Official Account's server URL: {@code GET} verifies the server, {@code POST} delivers
 * messages and events. Every request is signature- and time-checked before its body is looked at.
 */
@RestController
@RequestMapping("/wechat/callback")
@ConditionalOnProperty(prefix = "hotline.wechat", name = "enabled", havingValue = "true", matchIfMissing = true)
class CallbackController {

    private static final Logger log = LoggerFactory.getLogger(CallbackController.class);

    private final CallbackGuard guard;
    private final CallbackCodec codec;
    private final WechatInbox inbox;
    private final int maxBodyBytes;

    CallbackController(CallbackGuard guard, CallbackCodec codec, WechatInbox inbox, WechatProperties properties) {
        this.guard = guard;
        this.codec = codec;
        this.inbox = inbox;
        this.maxBodyBytes = properties.maxBodyBytes();
    }

    @GetMapping(produces = MediaType.TEXT_PLAIN_VALUE)
    String verify(@RequestParam(required = false) String signature, @RequestParam(required = false) String timestamp,
            @RequestParam(required = false) String nonce, @RequestParam(required = false) String echostr) {
        guard.checkSignature(signature, timestamp, nonce);
        return echostr == null ? "" : echostr;
    }

    @PostMapping(produces = MediaType.APPLICATION_XML_VALUE)
    String message(@RequestParam(required = false) String signature, @RequestParam(required = false) String timestamp,
            @RequestParam(required = false) String nonce,
            @RequestParam(name = "encrypt_type", required = false) String encryptType,
            @RequestParam(name = "msg_signature", required = false) String msgSignature,
            HttpServletRequest request) throws IOException {
        guard.checkSignature(signature, timestamp, nonce);
        String body = BoundedBody.read(request, maxBodyBytes);
        CallbackCodec.Opened opened = codec.open(body, encryptType, msgSignature, timestamp, nonce);
        return codec.reply(opened, inbox.receive(opened.message()));
    }

    @ExceptionHandler(Refused.class)
    ResponseEntity<String> refused(Refused e, HttpServletRequest request) {
        log.warn("WeChat callback refused with {} from {}: {}", e.status().value(), request.getRemoteAddr(), e.getMessage());
        return ResponseEntity.status(e.status()).contentType(MediaType.TEXT_PLAIN).body(e.status().getReasonPhrase());
    }
}
