package cn.yinling.hotline.cases.casework;

import cn.yinling.hotline.cases.CaseTexts;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.elder.IdentityLocked;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the agents once when someone keeps giving wrong ID digits for an elder: a hand-over case on
 * the elder, in the same transaction as the lock, so the alert exists exactly when the lock does.
 */
@Component
class IdentityLockAlert {

    private final Cases cases;

    IdentityLockAlert(Cases cases) {
        this.cases = cases;
    }

    @EventListener
    void on(IdentityLocked locked) {
        cases.openHandoff(locked.elderId(), CaseTexts.text("reason.identityLocked"), Priority.HIGH, Channel.CONSOLE,
                "identification");
    }
}
