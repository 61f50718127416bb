/**
 * What happens to an emergency once its case is open: escalation while nobody claims it (the
 * supervisors after {@code hotline.emergency.supervisor-after}, everyone again after
 * {@code everyone-after}, each level once, whichever node's timer sees it first) and the centre's
 * emergency procedure, which the console shows as a checklist.
 */
package cn.yinling.hotline.cases.emergency;
