package cn.yinling.hotline.console.responders;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where an emergency's call-out stands, for the case page's responders section to refresh itself
 * ({@code assets/responders.js}) while responders are being called. States and times only: the names
 * and numbers came with the page, whose view is audited.
 */
@RestController
@Tag(name = "Console")
class CaseResponderProgressController {

    private final CaseResponderPanel panel;

    CaseResponderProgressController(CaseResponderPanel panel) {
        this.panel = panel;
    }

    @Operation(summary = "Where an emergency's call-out to responders and family stands",
            description = "States and times only; names and numbers come with the audited case page.")
    @ApiResponse(responseCode = "404",
            description = "No such case")
    @GetMapping(path = "/api/console/cases/{caseId}/responders", produces = "application/json")
    CaseResponderPanel.Progress progress(@PathVariable long caseId) {
        return panel.of(caseId).progress();
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<Void> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
    }
}
