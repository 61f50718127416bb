package cn.yinling.hotline.cases.cannedreply;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The variables a canned reply may hold, written {称呼} etc. None expands to anything the family
 * member should not read in a chat: no address, ID or phone number is offered, and a reply naming
 * another variable is refused when saved.
 */
public enum ReplyVariable {
    /** How the agent addresses the elder: 王阿姨, 李叔叔. */
    TITLE("称呼"),
    /** The agent's display name. */
    AGENT("坐席"),
    /** The service of the elder's next visit. */
    SERVICE("服务"),
    /** When that visit is. */
    TIME("时间");

    /** Anything in braces, so that an unknown name can be refused by name. */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]{1,10})}");

    private final String label;

    ReplyVariable(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String placeholder() {
        return "{" + label + "}";
    }

    public static Optional<ReplyVariable> ofLabel(String label) {
        for (ReplyVariable v : values()) {
            if (v.label.equals(label)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** The names in braces of {@code body} that are no variable of this list, in order, each once. */
    public static List<String> unknownIn(String body) {
        List<String> unknown = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(body);
        while (m.find()) {
            if (ofLabel(m.group(1)).isEmpty() && !unknown.contains(m.group(1))) {
                unknown.add(m.group(1));
            }
        }
        return unknown;
    }
}
