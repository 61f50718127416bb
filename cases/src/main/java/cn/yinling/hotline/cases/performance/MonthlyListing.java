package cn.yinling.hotline.cases.performance;

import java.time.Clock;
import java.time.YearMonth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Proposes last month's red and black lists early on the first of each month, once across nodes:
 * the node that finds the month already claimed does nothing.
 */
@Component
class MonthlyListing {

    static final String ACTOR = "system:assessment";
    private static final Logger log = LoggerFactory.getLogger(MonthlyListing.class);

    private final Listings listings;
    private final Clock clock;

    MonthlyListing(Listings listings, Clock clock) {
        this.listings = listings;
        this.clock = clock;
    }

    @Scheduled(cron = "${hotline.cases.assessment.monthly-cron:0 30 1 1 * *}", zone = "${hotline.cases.zone:Asia/Shanghai}")
    void monthly() {
        run(YearMonth.now(clock).minusMonths(1));
    }

    /**
     * Returns the proposals made, 0 when the month was already claimed here or elsewhere (a node that
     * stopped between claim and proposals leaves the month to the console's on-demand run).
     */
    int run(YearMonth month) {
        if (!listings.claim(month, ACTOR)) {
            log.info("Assessment of {} was already run or is being run by another node", month);
            return 0;
        }
        int n = listings.propose(month, ACTOR);
        log.info("Assessment of {}: {} listings proposed", month, n);
        return n;
    }
}
