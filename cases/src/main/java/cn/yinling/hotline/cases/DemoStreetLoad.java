package cn.yinling.hotline.cases;

import org.springframework.stereotype.Component;

/**
 * Whether a first start is still loading the demo street in the background ({@code
 * hotline.cases.catch-up-in-background}); the console shows a banner meanwhile. Public for the console.
 */
@Component
public class DemoStreetLoad {

    private volatile boolean loading;

    public boolean loading() {
        return loading;
    }

    void loading(boolean loading) {
        this.loading = loading;
    }
}
