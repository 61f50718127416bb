package cn.yinling.hotline.bot.chat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses chat bodies over 16 KB before they are read (413), whatever the client claims to send. */
@Component
class ChatSizeLimitFilter extends OncePerRequestFilter {

    static final int MAX_BYTES = 16 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/chat");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > MAX_BYTES || length < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"))) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "chat messages are limited to 16 KB");
            return;
        }
        chain.doFilter(request, response);
    }
}
