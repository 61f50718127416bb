package cn.yinling.hotline.bot.reply;

import java.util.ArrayList;
import java.util.List;

/** The engine's answer to one turn, the same for every channel; only rendering differs. */
public record Reply(List<Line> lines, List<Option> options, List<Action> actions) {

    public Reply {
        lines = List.copyOf(lines);
        options = List.copyOf(options);
        actions = List.copyOf(actions);
    }

    public boolean has(Class<? extends Action> kind) {
        return actions.stream().anyMatch(kind::isInstance);
    }

    public <A extends Action> A action(Class<A> kind) {
        return actions.stream().filter(kind::isInstance).map(kind::cast).findFirst().orElse(null);
    }

    /**
     * The menu of this reply: its options with the question that asks for them (from the last
     * question line on), without the information said before; no options, no menu.
     */
    public Reply menu() {
        int from = lines.size();
        while (from > 0 && !lines.get(from - 1).question()) {
            from--;
        }
        List<Line> asked = from == 0 ? List.of() : lines.subList(from - 1, lines.size());
        return new Reply(options.isEmpty() ? List.of() : asked, options, List.of());
    }

    /** This reply with one more action. */
    public Reply with(Action action) {
        List<Action> more = new ArrayList<>(actions);
        more.add(action);
        return new Reply(lines, options, more);
    }

    public String text() {
        return String.join("\n", lines.stream().map(Line::text).toList());
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final List<Line> lines = new ArrayList<>();
        private final List<Option> options = new ArrayList<>();
        private final List<Action> actions = new ArrayList<>();

        public Builder line(Line line) {
            lines.add(line);
            return this;
        }

        public Builder option(String key, String label) {
            return option(new Option(key, label));
        }

        public Builder option(Option option) {
            options.add(option);
            return this;
        }

        public Builder action(Action action) {
            actions.add(action);
            return this;
        }

        public List<Option> options() {
            return options;
        }

        public Reply build() {
            return new Reply(lines, options, actions);
        }
    }
}
