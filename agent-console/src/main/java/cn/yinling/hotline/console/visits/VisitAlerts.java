package cn.yinling.hotline.console.visits;

import cn.yinling.hotline.cases.visit.VisitBoard;
import java.security.Principal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The count beside 今日上门 in the nav: today's late, not checked-out and disputed visits. A lazy
 * holder, so only pages that render the header run the query (not the JSON endpoints).
 */
@ControllerAdvice(basePackages = "cn.yinling.hotline.console")
class VisitAlerts {

    private final VisitBoard board;

    VisitAlerts(VisitBoard board) {
        this.board = board;
    }

    @ModelAttribute("visitAlerts")
    Count visitAlerts(Principal principal) {
        return principal == null ? null : new Count(board);
    }

    /** Asked by the header template only. */
    static final class Count {
        private final VisitBoard board;
        private Long value;

        Count(VisitBoard board) {
            this.board = board;
        }

        public long value() {
            if (value == null) {
                value = board.needingStaffToday();
            }
            return value;
        }
    }
}
