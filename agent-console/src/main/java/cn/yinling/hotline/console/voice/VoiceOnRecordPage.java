package cn.yinling.hotline.console.voice;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Puts the voice form's data ({@code voice}) on the elder's record page, which the directory serves,
 * so the directory need not know about voices.
 */
@ControllerAdvice(basePackages = "cn.yinling.hotline.console.directory")
class VoiceOnRecordPage {

    private final VoiceEdits edits;

    VoiceOnRecordPage(VoiceEdits edits) {
        this.edits = edits;
    }

    @ModelAttribute
    void voice(@PathVariable Map<String, String> path, HttpServletRequest request, Model model) {
        String elderId = path.get("elderId");
        if (elderId == null || !"GET".equals(request.getMethod()) || !elderId.matches("\\d{1,18}")) {
            return;
        }
        model.addAttribute("voice", edits.view(Long.parseLong(elderId)));
    }
}
