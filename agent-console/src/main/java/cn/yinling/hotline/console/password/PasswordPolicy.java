package cn.yinling.hotline.console.password;

import cn.yinling.hotline.console.ConsoleProperties;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Decides whether a password may be set for an account. Public because the account pages and the
 * demo accounts (in other packages) set passwords; every refusal has its wording in the console
 * bundle ({@code password.refused.*}).
 */
@Component
public class PasswordPolicy {

    /** Why a password is refused. */
    public enum Problem { TOO_SHORT, TOO_LONG, CONTAINS_USERNAME, COMMON, TRIVIAL }

    /** BCrypt reads at most 72 bytes; anything after them would be ignored silently. */
    static final int LONGEST_BYTES = 72;

    private final int minLength;
    private final CommonPasswords common;

    @Autowired
    public PasswordPolicy(ConsoleProperties properties) {
        this(properties.password().minLength(), CommonPasswords.load());
    }

    PasswordPolicy(int minLength, CommonPasswords common) {
        this.minLength = minLength;
        this.common = common;
    }

    public int minLength() {
        return minLength;
    }

    /** Every rule {@code password} breaks for the account {@code username}; empty when it may be set. */
    public List<Problem> check(String username, String password) {
        if (password == null || password.isEmpty()) {
            return List.of(Problem.TOO_SHORT);
        }
        List<Problem> problems = new ArrayList<>();
        if (password.codePointCount(0, password.length()) < minLength) {
            problems.add(Problem.TOO_SHORT);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > LONGEST_BYTES) {
            problems.add(Problem.TOO_LONG);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (containsUsername(lower, username)) {
            problems.add(Problem.CONTAINS_USERNAME);
        }
        if (common.contains(lower)) {
            problems.add(Problem.COMMON);
        }
        if (Predictability.isTrivial(lower)) {
            problems.add(Problem.TRIVIAL);
        }
        return problems;
    }

    private static boolean containsUsername(String lowerPassword, String username) {
        if (username == null || username.isBlank()) {
            return false;
        }
        String name = username.strip().toLowerCase(Locale.ROOT);
        return name.length() >= 3 && (lowerPassword.contains(name)
                || lowerPassword.contains(new StringBuilder(name).reverse().toString()));
    }
}
