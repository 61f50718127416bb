/**
 * The emergency call-out to an elder's responders over the phone: the dialer that rings them in
 * order ({@link cn.yinling.hotline.ivr.responders.ResponderDialing}) and the script they hear
 * ({@link cn.yinling.hotline.ivr.responders.ResponderScript}); the state is in {@code cases.responders}.
 */
package cn.yinling.hotline.ivr.responders;
