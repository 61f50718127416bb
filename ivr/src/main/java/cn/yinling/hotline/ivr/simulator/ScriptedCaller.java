package cn.yinling.hotline.ivr.simulator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** A caller who follows a script, then hangs up once it runs out. */
public final class ScriptedCaller implements Caller {

    private final Deque<CallerStep> steps;

    public ScriptedCaller(List<CallerStep> steps) {
        this.steps = new ArrayDeque<>(steps);
    }

    public static ScriptedCaller of(CallerStep... steps) {
        return new ScriptedCaller(List.of(steps));
    }

    /** One key (or keyed number) per question, pressed a second into each prompt, then hang up. */
    public static ScriptedCaller pressing(String... entries) {
        return new ScriptedCaller(java.util.Arrays.stream(entries).map(CallerStep::press).toList());
    }

    @Override
    public synchronized CallerStep answer(PlayedPrompt prompt) {
        return steps.isEmpty() ? new CallerStep.HangUp(0.5) : steps.poll();
    }
}
