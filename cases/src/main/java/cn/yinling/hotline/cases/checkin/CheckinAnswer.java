package cn.yinling.hotline.cases.checkin;

import java.util.Optional;

/** What a check-in call found out: 1 = fine, 2 = needs help; no key, hang-up, busy or no answer alike. */
public enum CheckinAnswer {
    FINE, NEEDS_HELP, NO_ANSWER;

    /** The answer a key stands for ("平安请按1，需要帮助请按2"); empty for any other key. */
    public static Optional<CheckinAnswer> ofKey(String key) {
        return switch (key == null ? "" : key) {
            case "1" -> Optional.of(FINE);
            case "2" -> Optional.of(NEEDS_HELP);
            default -> Optional.empty();
        };
    }
}
