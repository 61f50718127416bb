package cn.yinling.hotline.cases.application;

/**
 * The console's roles, lowest first, as they act on applications: a community worker takes and
 * visits (AGENT), the street reviews (SUPERVISOR), the district approves (ADMIN). A step needing a
 * role may be acted on by that role or a higher one, as a district officer may stand in for the street.
 */
public enum ReviewerRole {
    AGENT, SUPERVISOR, ADMIN;

    public boolean covers(ReviewerRole required) {
        return ordinal() >= required.ordinal();
    }
}
