package cn.yinling.hotline.cases.elder;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The five-item activities-of-daily-living assessment used by the voucher rules: eating, turning
 * over, toileting, dressing and washing, moving. Each flag is true when the elder needs help.
 */
@Embeddable
public record Adl(
        @Column(name = "adl_eating") boolean eating,
        @Column(name = "adl_turning") boolean turningOver,
        @Column(name = "adl_toileting") boolean toileting,
        @Column(name = "adl_dressing_washing") boolean dressingAndWashing,
        @Column(name = "adl_moving") boolean moving) {

    public static final int UNABLE_TO_SELF_CARE_THRESHOLD = 3;

    public static Adl independent() {
        return new Adl(false, false, false, false, false);
    }

    public int itemsNeedingHelp() {
        int n = 0;
        for (boolean b : new boolean[] {eating, turningOver, toileting, dressingAndWashing, moving}) {
            if (b) {
                n++;
            }
        }
        return n;
    }

    /** 生活不能自理: three or more of the five items need help. */
    public boolean unableToSelfCare() {
        return itemsNeedingHelp() >= UNABLE_TO_SELF_CARE_THRESHOLD;
    }
}
