package cn.yinling.hotline.app.webchat;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /chat}: the web chat (在线咨询) for trying the bot in a browser. The page is a shell; its
 * script ({@code /chat/webchat.js}) talks to the same JSON chat API as any widget, with the chat's
 * token kept in the page's memory only. Its wording comes from the template engine's bundle, so the
 * script holds no Chinese of its own.
 */
@Controller
class WebChatPage {

    static final String PATH = "/chat";

    @GetMapping(PATH)
    String chat() {
        return "webchat";
    }
}
