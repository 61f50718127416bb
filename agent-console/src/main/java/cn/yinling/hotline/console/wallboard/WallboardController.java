package cn.yinling.hotline.console.wallboard;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The supervisors' wallboard (大屏) and the figures it fetches every few seconds; supervisor paths only. */
@Controller
class WallboardController {

    private final Wallboards wallboards;

    WallboardController(Wallboards wallboards) {
        this.wallboards = wallboards;
    }

    @GetMapping("/console/supervisor/wallboard")
    String page() {
        return "console/wallboard";
    }

    @GetMapping(path = "/api/console/supervisor/wallboard", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Wallboard figures() {
        return wallboards.now();
    }
}
