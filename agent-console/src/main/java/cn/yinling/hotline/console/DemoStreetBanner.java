package cn.yinling.hotline.console;

import cn.yinling.hotline.cases.DemoStreetLoad;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells every console page ({@code demoStreetLoading}) while a first start still loads the demo street
 * in the background, so a newcomer who finds few elders knows why (the header shows 演示数据正在载入…).
 */
@ControllerAdvice(basePackages = "cn.yinling.hotline.console")
class DemoStreetBanner {

    private final DemoStreetLoad load;

    DemoStreetBanner(DemoStreetLoad load) {
        this.load = load;
    }

    @ModelAttribute("demoStreetLoading")
    boolean demoStreetLoading() {
        return load.loading();
    }
}
