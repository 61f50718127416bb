/**
 * Call flows of the voice hotline: each AGI script turns a call into dialog-engine input and says
 * the engine's replies as prompts. No business rules live here.
 */
package cn.yinling.hotline.ivr.call;
