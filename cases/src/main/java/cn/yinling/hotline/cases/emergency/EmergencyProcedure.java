package cn.yinling.hotline.cases.emergency;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The centre's emergency procedure: what an agent does, step by step, with an emergency case
 * ({@code hotline.emergency.procedure-file}). Data the centre writes, never code.
 *
 * @param name  what the centre calls it
 * @param steps in the order they are done; keys unique
 */
public record EmergencyProcedure(String name, List<Step> steps) {

    /**
     * @param key    stays the same when the wording changes
     * @param title  the step in a few words (the checklist line)
     * @param detail how to do it, may be empty
     */
    public record Step(String key, String title, String detail) {

        public Step {
            if (key == null || key.isBlank() || title == null || title.isBlank()) {
                throw new IllegalArgumentException("Every step of the emergency procedure needs a key and a title");
            }
            detail = detail == null ? "" : detail.strip();
        }
    }

    public EmergencyProcedure {
        if (name == null || name.isBlank() || steps == null || steps.isEmpty()) {
            throw new IllegalArgumentException("The emergency procedure needs a name and at least one step");
        }
        steps = List.copyOf(steps);
        Set<String> keys = new HashSet<>();
        for (Step s : steps) {
            if (!keys.add(s.key())) {
                throw new IllegalArgumentException("The emergency procedure has step " + s.key() + " twice");
            }
        }
    }
}
