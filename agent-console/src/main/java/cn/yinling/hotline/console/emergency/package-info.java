/**
 * Emergencies on the console, whatever page an agent is on: the alert (banner, sound, flashing
 * title, desktop notification) while an emergency waits for someone to claim it, the escalation
 * banners, and the emergency panel of the case page (address, family phones, the centre's procedure).
 */
package cn.yinling.hotline.console.emergency;
