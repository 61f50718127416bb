/**
 * Emergency responders on the console: the neighbour-help volunteer teams and members (supervisors
 * and admins, under {@code /console/supervisor/volunteers}), each elder's ordered responder list on
 * the elder's record (every agent, like the record's other edits), and the responders' section of an
 * emergency case page with the call-out's progress. Phones are partly hidden in lists; a volunteer's
 * full number is shown on their own page, which is audited.
 */
package cn.yinling.hotline.console.responders;
