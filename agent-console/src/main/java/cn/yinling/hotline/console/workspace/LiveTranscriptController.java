package cn.yinling.hotline.console.workspace;

import cn.yinling.hotline.console.workspace.CaseFiles.LiveLine;
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
 * family messages appear without reloading. Not audited per poll: the page view that started the
 * polling is, and the lines belong to the same case.
 */
@RestController
class LiveTranscriptController {

    private final CaseFiles files;

    LiveTranscriptController(CaseFiles files) {
        this.files = files;
    }

    @GetMapping(path = "/api/console/cases/{caseId}/messages", produces = "application/json")
    List<LiveLine> after(@PathVariable long caseId, @RequestParam(defaultValue = "0") long after) {
        return files.linesAfter(caseId, Math.max(0, after));
    }

    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    void notFound() {
        // an unknown case: 404 with no body
    }
}
