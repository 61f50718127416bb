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
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw tooLarge(bytes.length, maxBytes);
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static Refused tooLarge(long size, int maxBytes) {
        return new Refused(HttpStatus.PAYLOAD_TOO_LARGE, "body of " + size + "+ bytes over the limit of " + maxBytes);
    }
}
