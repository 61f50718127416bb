package cn.yinling.hotline.console.emergency;

import java.util.List;

/** What the banner script reads: the server's time (epoch ms, so waiting times agree) and the unclaimed emergencies, oldest first. */
record EmergencySnapshot(long now, List<EmergencyAlert> alerts) {
}
