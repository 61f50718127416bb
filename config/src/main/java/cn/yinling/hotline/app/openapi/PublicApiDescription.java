package cn.yinling.hotline.app.openapi;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /v3/api-docs} (and {@code .yaml}), the address tools try first, answers with the chat API's
 * group. springdoc's own answer there would describe every group together, the console's JSON API
 * included, to anyone; its global path filter cannot help, as it would apply to every group too.
 */
@Component
class PublicApiDescription extends OncePerRequestFilter {

    private static final Map<String, String> TO_CHAT = Map.of(
            "/v3/api-docs", "/v3/api-docs/" + ApiDescription.CHAT,
            "/v3/api-docs.yaml", "/v3/api-docs.yaml/" + ApiDescription.CHAT);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !TO_CHAT.containsKey(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.getRequestDispatcher(TO_CHAT.get(request.getRequestURI())).forward(request, response);
    }
}
