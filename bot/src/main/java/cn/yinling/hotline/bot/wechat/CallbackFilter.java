package cn.yinling.hotline.bot.wechat;

import cn.yinling.hotline.bot.ApiHeaders;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Hands {@code /wechat/callback} to {@link CallbackServlet} ahead of every other filter. The
 * filters after it are for the console and the web chat (Spring Security's chain, the observation
 * of each request, form and encoding handling) and under load cost the callback about as much as
 * its own work; the callback checks its own signatures and is timed here instead
 * ({@code hotline.wechat.callback}, by method and status; a turn that overran the reply budget is
 * timed to its end, not to the "success" the watchdog gave). As Spring Security never sees the
 * callback, its protective headers are set here ({@link ApiHeaders}).
 */
final class CallbackFilter implements Filter {

    private final CallbackServlet servlet;
    private final MeterRegistry meters;

    CallbackFilter(CallbackServlet servlet, MeterRegistry meters) {
        this.servlet = servlet;
        this.meters = meters;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long started = System.nanoTime();
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse out = (HttpServletResponse) response;
        ApiHeaders.applyTo(out);
        try {
            servlet.service(http, out);
        } finally {
            Timer.builder("hotline.wechat.callback").description("WeChat callback requests, served before the other filters")
                    .tag("method", http.getMethod())
                    .tag("status", Integer.toString(out.getStatus())).register(meters)
                    .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }
}
