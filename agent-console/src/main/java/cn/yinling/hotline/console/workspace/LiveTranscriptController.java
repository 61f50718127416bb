package cn.yinling.hotline.console.workspace;

import cn.yinling.hotline.console.workspace.CaseFiles.LiveLine;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The workspace's transcript polls here for lines newer than the last it shows, in the style of the
 * web chat widget's {@code GET /api/chat/{sessionId}/messages?after=}: a taken-over chat's new
 * family messages appear without reloading. Audited once per case and session ({@link TranscriptReads}),
 * not per poll.
 */
@RestController
@Tag(name = "Console")
class LiveTranscriptController {

    private final CaseFiles files;
    private final TranscriptReads reads;

    LiveTranscriptController(CaseFiles files, TranscriptReads reads) {
        this.files = files;
        this.reads = reads;
    }

    @Operation(summary = "A case's conversation lines after a given id",
            description = "Polled by the case page while the case is open; lines of the last half minute are sent "
                    + "again. Reading is audited once per session and case.")
    @ApiResponse(responseCode = "404",
            description = "No such case")
    @GetMapping(path = "/api/console/cases/{caseId}/messages", produces = "application/json")
    List<LiveLine> after(@PathVariable long caseId, @RequestParam(defaultValue = "0") long after, Principal principal,
            HttpSession session) {
        List<LiveLine> lines = files.linesAfter(caseId, Math.max(0, after));
        reads.read(session, caseId, principal.getName());
        return lines;
    }

    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    void notFound() {
        // an unknown case: 404 with no body
    }
}
