package cn.yinling.hotline.console.elderimport;

import cn.yinling.hotline.cases.elderimport.ElderImportProperties;
import cn.yinling.hotline.console.ConsoleMessages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A file over the servlet container's multipart limit is refused before any controller runs; this
 * turns that refusal into the import page with the same Chinese message as the import's own limit.
 */
@ControllerAdvice
class UploadTooLarge {

    private final ConsoleMessages messages;
    private final ElderImportProperties properties;

    UploadTooLarge(ConsoleMessages messages, ElderImportProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, HttpServletResponse response) {
        RequestContextUtils.getOutputFlashMap(request).put("problem",
                messages.get("elderImport.file.tooLarge", properties.maxFileSize().toMegabytes()));
        RequestContextUtils.saveOutputFlashMap(ElderImportController.PATH, request, response);
        return "redirect:" + ElderImportController.PATH;
    }
}
