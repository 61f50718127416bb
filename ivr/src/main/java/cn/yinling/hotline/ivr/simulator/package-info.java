/**
 * An AGI protocol simulator that calls the FastAGI server over TCP exactly as Asterisk 22 would
 * (shared/asterisk/AGI-NOTES.md §10), scripted by the keys a simulated elder presses and when; the
 * tests and the {@code dial} terminal caller use it.
 */
package cn.yinling.hotline.ivr.simulator;
