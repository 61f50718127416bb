package cn.yinling.hotline.app;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /}: where a newcomer who opens the hotline in a browser lands, instead of a 404. Plain
 * HTML with links only (no script, no style), so it keeps the strict policy every non-console
 * answer carries.
 */
@Controller
class StartPage {

    @GetMapping("/")
    String start() {
        return "start";
    }
}
