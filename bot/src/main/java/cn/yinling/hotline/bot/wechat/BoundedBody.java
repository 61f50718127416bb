package cn.yinling.hotline.bot.wechat;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;

/** Reads a request body up to a limit: a declared or actual size beyond it is refused (413) unread. */
final class BoundedBody {

    private BoundedBody() {
    }

    static String read(HttpServletRequest request, int maxBytes) throws IOException {
        if (request.getContentLengthLong() > maxBytes) {
            throw tooLarge(request.getContentLengthLong(), maxBytes);
        }
        long declared = request.getContentLengthLong();
        try (InputStream in = request.getInputStream()) {
            // Read what the length declares (not a limit-sized buffer per request), then make sure nothing follows.
            byte[] bytes = in.readNBytes(declared >= 0 ? (int) declared : maxBytes + 1);
            if (bytes.length > maxBytes || declared >= 0 && in.read() >= 0) {
                throw tooLarge(bytes.length + 1L, maxBytes);
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static Refused tooLarge(long size, int maxBytes) {
        return new Refused(HttpStatus.PAYLOAD_TOO_LARGE, "body of " + size + "+ bytes over the limit of " + maxBytes);
    }
}
