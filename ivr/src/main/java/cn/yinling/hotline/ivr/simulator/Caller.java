package cn.yinling.hotline.ivr.simulator;

/** The person on the simulated phone: asked once for each prompt that waits for keys. */
public interface Caller {

    CallerStep answer(PlayedPrompt prompt);
}
