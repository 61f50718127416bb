package cn.yinling.hotline.cases.responders;

/** Who a responder is to the elder: a family contact, the community worker, a neighbour-help volunteer. */
public enum ResponderKind {
    FAMILY, COMMUNITY_WORKER, VOLUNTEER
}
