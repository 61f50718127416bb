package cn.yinling.hotline.cases;

import cn.yinling.hotline.cases.catalog.ServiceCatalog;
import cn.yinling.hotline.cases.demo.DemoStreet;
import cn.yinling.hotline.cases.eligibility.Reevaluation;
import cn.yinling.hotline.cases.entitlement.Entitlements;
import cn.yinling.hotline.cases.policy.PolicyCatalogLoader;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Brings the case database up to date at start-up: catalog and policy files (one node at a time,
 * {@link StartupLock}), then the catch-up —
 * the demo street when enabled and the database is empty, the re-evaluation of eligibility when the
 * rules changed, and the period roll-over (which also runs every night) — all as {@link
 * LoadingHistory}: nobody is told about what it replays. {@link CaseDatabaseReady} follows.
 *
 * <p>By default the catch-up runs before the HTTP and FastAGI servers start, so no caller meets a
 * half-loaded database (the tests rely on it). With {@code hotline.cases.catch-up-in-background}
 * (the shipped configuration) it runs on a thread of its own while the servers already answer: the
 * roll-over and re-evaluation are the same work the nightly jobs do beside callers (each account and
 * elder under its own lock; a balance read posts a grant still due itself), the demo street's replay
 * clock applies to that thread only, and {@link DemoStreetLoad} tells the console meanwhile.
 */
@Component
class CaseDatabaseStartup implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(CaseDatabaseStartup.class);

    private final ServiceCatalog catalog;
    private final PolicyCatalogLoader policies;
    private final DemoStreet demoStreet;
    private final Entitlements entitlements;
    private final CasesProperties properties;
    private final ApplicationEventPublisher events;
    private final Reevaluation eligibility;
    private final DemoStreetLoad demoStreetLoad;
    private final Executor background;
    private final StartupLock startupLock;

    CaseDatabaseStartup(ServiceCatalog catalog, PolicyCatalogLoader policies, DemoStreet demoStreet,
            Entitlements entitlements, CasesProperties properties, ApplicationEventPublisher events,
            Reevaluation eligibility, DemoStreetLoad demoStreetLoad,
            @Qualifier(CasesConfiguration.CATCH_UP_EXECUTOR) Executor background, StartupLock startupLock) {
        this.eligibility = eligibility;
        this.catalog = catalog;
        this.policies = policies;
        this.demoStreet = demoStreet;
        this.entitlements = entitlements;
        this.properties = properties;
        this.events = events;
        this.demoStreetLoad = demoStreetLoad;
        this.background = background;
        this.startupLock = startupLock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        startupLock.run(() -> {
            catalog.loadConfiguredFile();
            policies.loadConfiguredFiles();
        });
        if (!properties.catchUpInBackground()) {
            LoadingHistory.run(this::catchUp);
            events.publishEvent(new CaseDatabaseReady());
            return;
        }
        demoStreetLoad.loading(properties.demoData() && demoStreet.isEmpty());
        background.execute(this::catchUpInBackground);
    }

    private void catchUpInBackground() {
        long started = System.nanoTime();
        try {
            LoadingHistory.run(this::catchUp);
            log.info("Start-up catch-up done in the background in {} ms", (System.nanoTime() - started) / 1_000_000);
            events.publishEvent(new CaseDatabaseReady());
        } catch (RuntimeException e) {
            log.error("Start-up catch-up failed (the nightly roll-over and eligibility check will try again)", e);
        } finally {
            demoStreetLoad.loading(false);
        }
    }

    private void catchUp() {
        if (properties.demoData()) {
            startupLock.run(demoStreet::loadIfEmpty);
        }
        eligibility.everyoneIfRulesChanged();
        rollOver();
    }

    @Scheduled(cron = "${hotline.cases.roll-over-cron:0 5 0 * * *}", zone = "${hotline.cases.zone:Asia/Shanghai}")
    void rollOver() {
        Entitlements.RollOverResult r = entitlements.rollOver();
        log.info("Period roll-over: {} grants posted, {} windows expired", r.grantsPosted(), r.windowsExpired());
    }
}
