package cn.yinling.hotline.bot;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Protective headers for answers that are not pages (JSON, XML, plain text, error pages): they load
 * nothing and are framed by no one, their type is not guessed, no referrer leaves with a link, and
 * nothing is cached, since chat replies carry balances and bookings. The WeChat callback sets them
 * itself, as it runs ahead of every filter; the application module's security chain writes the same
 * for the chat API, actuator and error pages. Public for that module.
 */
public final class ApiHeaders {

    public static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private ApiHeaders() {
    }

    public static void applyTo(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cache-Control", "no-store");
    }
}
