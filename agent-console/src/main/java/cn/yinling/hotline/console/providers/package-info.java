/**
 * Providers, their workers, weekly shifts and absences on the console (issue #20): every signed-in
 * account reads them (agents book against them); supervisors and admins keep them under
 * {@code /console/supervisor/}, where the security chain already admits only those roles.
 */
package cn.yinling.hotline.console.providers;
