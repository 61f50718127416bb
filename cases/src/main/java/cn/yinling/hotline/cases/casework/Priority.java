package cn.yinling.hotline.cases.casework;

/** Queue priority: a lower level is served first; emergencies skip every queue. */
public enum Priority {
    EMERGENCY(1), URGENT(2), HIGH(3), NORMAL(4);

    private final int level;

    Priority(int level) {
        this.level = level;
    }

    public int level() {
        return level;
    }

    public static Priority ofLevel(int level) {
        for (Priority p : values()) {
            if (p.level == level) {
                return p;
            }
        }
        throw new IllegalArgumentException("No priority level " + level);
    }
}
