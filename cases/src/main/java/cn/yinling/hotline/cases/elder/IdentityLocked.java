package cn.yinling.hotline.cases.elder;

import java.time.Instant;

/** Too many wrong ID digits were given for this elder: identifying as them is locked until {@code until}. */
public record IdentityLocked(ElderId elderId, Instant until) {
}
