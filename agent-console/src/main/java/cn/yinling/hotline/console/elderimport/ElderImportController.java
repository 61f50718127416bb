package cn.yinling.hotline.console.elderimport;

import cn.yinling.hotline.console.ConsoleMessages;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 导入老人名册, under the elder directory and for supervisors and admins only (the security chain
 * refuses the paths to agents: an import changes many records at once). Upload → dry run report
 * (nothing written) → import of that same file → its report.
 */
@Controller
class ElderImportController {

    static final String PATH = "/console/elders/import";

    private final ImportFileReader reader;
    private final ImportDesk desk;
    private final ImportTemplate template;
    private final ConsoleMessages messages;

    ElderImportController(ImportFileReader reader, ImportDesk desk, ImportTemplate template, ConsoleMessages messages) {
        this.reader = reader;
        this.desk = desk;
        this.template = template;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String page() {
        return "console/elder-import";
    }

    @GetMapping(PATH + "/template.xlsx")
    ResponseEntity<byte[]> xlsxTemplate() {
        return download(template.xlsx(), "xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @GetMapping(PATH + "/template.csv")
    ResponseEntity<byte[]> csvTemplate() {
        return download(template.csv(), "csv", new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    @PostMapping(PATH + "/check")
    String check(@RequestParam(name = "file", required = false) MultipartFile file, HttpSession session, Model model)
            throws IOException {
        session.removeAttribute(PendingImport.SESSION_KEY);
        if (file == null || file.isEmpty()) {
            model.addAttribute("problem", messages.get("elderImport.file.empty"));
            return "console/elder-import";
        }
        PendingImport pending = PendingImport.of(fileName(file), file.getBytes());
        try {
            ImportDesk.View view = desk.check(reader.read(pending.fileName(), pending.bytes()));
            if (view.importable()) {
                session.setAttribute(PendingImport.SESSION_KEY, pending);
                model.addAttribute("digest", pending.digest());
            }
            model.addAttribute("report", view);
        } catch (UnreadableFileException e) {
            model.addAttribute("problem", messages.get("elderImport.file." + e.code(), e.args()));
        }
        return "console/elder-import";
    }

    @PostMapping(PATH + "/run")
    String run(@RequestParam(defaultValue = "") String digest, HttpSession session, Principal principal,
            RedirectAttributes flash) {
        Object kept = session.getAttribute(PendingImport.SESSION_KEY);
        if (!(kept instanceof PendingImport pending) || !pending.digest().equals(digest)) {
            flash.addFlashAttribute("problem", messages.get("elderImport.file.checkFirst"));
            return "redirect:" + PATH;
        }
        session.removeAttribute(PendingImport.SESSION_KEY);
        try {
            ImportDesk.View view = desk.run(reader.read(pending.fileName(), pending.bytes()), principal.getName());
            flash.addFlashAttribute("report", view);
            flash.addFlashAttribute("done", messages.get("elderImport.done", view.created(), view.updated(),
                    view.unchanged(), view.skipped()));
        } catch (UnreadableFileException e) {
            flash.addFlashAttribute("problem", messages.get("elderImport.file." + e.code(), e.args()));
        }
        return "redirect:" + PATH;
    }

    /** The name as uploaded, without any path a browser may send, for the report and the audit. */
    private static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        return name.length() > 100 ? name.substring(name.length() - 100) : name;
    }

    private ResponseEntity<byte[]> download(byte[] body, String extension, MediaType type) {
        String name = messages.get("elderImport.template.fileName") + "." + extension;
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(type).body(body);
    }
}
