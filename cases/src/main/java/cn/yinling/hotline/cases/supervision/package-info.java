/**
 * Supervisors joining agents' live calls (listen, whisper, barge): the modes, the port the voice
 * module implements, and its settings.
 */
package cn.yinling.hotline.cases.supervision;
