package cn.yinling.hotline.cases;

import cn.yinling.hotline.cases.catalog.ServiceCatalog;
import cn.yinling.hotline.cases.demo.DemoStreet;
import cn.yinling.hotline.cases.eligibility.Reevaluation;
import cn.yinling.hotline.cases.entitlement.Entitlements;
import cn.yinling.hotline.cases.policy.PolicyCatalogLoader;
import org.slf4j.Logger;
import org.springframework.context.ApplicationEventPublisher;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Brings the case database up to date at start-up: catalog and policy files, the demo street
 * when enabled, then the period roll-over. The roll-over also runs every night. It runs once all
 * beans exist and before the HTTP and FastAGI servers start, so no caller meets a half-loaded
 * database or the demo street's replay clock.
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

    CaseDatabaseStartup(ServiceCatalog catalog, PolicyCatalogLoader policies, DemoStreet demoStreet,
            Entitlements entitlements, CasesProperties properties, ApplicationEventPublisher events,
            Reevaluation eligibility) {
        this.eligibility = eligibility;
        this.catalog = catalog;
        this.policies = policies;
        this.demoStreet = demoStreet;
        this.entitlements = entitlements;
        this.properties = properties;
        this.events = events;
    }

    @Override
    public void afterSingletonsInstantiated() {
        catalog.loadConfiguredFile();
        policies.loadConfiguredFiles();
        if (properties.demoData()) {
            demoStreet.loadIfEmpty();
        }
        eligibility.everyoneIfRulesChanged();
        rollOver();
        events.publishEvent(new CaseDatabaseReady());
    }

    @Scheduled(cron = "${hotline.cases.roll-over-cron:0 5 0 * * *}", zone = "${hotline.cases.zone:Asia/Shanghai}")
    void rollOver() {
        Entitlements.RollOverResult r = entitlements.rollOver();
        log.info("Period roll-over: {} grants posted, {} windows expired", r.grantsPosted(), r.windowsExpired());
    }
}
