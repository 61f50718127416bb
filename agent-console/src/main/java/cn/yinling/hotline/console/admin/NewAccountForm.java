package cn.yinling.hotline.console.admin;

import cn.yinling.hotline.cases.agent.AgentRole;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The create-account form. Each rule has its own bundle key ({@code account.invalid.*}), so the
 * admin is told exactly what to fix. The password is the {@link cn.yinling.hotline.console.password.PasswordPolicy}'s
 * business ({@code password.refused.*}).
 */
record NewAccountForm(String username, String displayName, String role, String queueInterface, String password) {

    static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,39}");
    /** An Asterisk queue member interface as the AMI reports it, e.g. PJSIP/agent01. */
    static final Pattern QUEUE_INTERFACE = Pattern.compile("(PJSIP|SIP|IAX2|Local)/[A-Za-z0-9_.@-]{1,50}");
    static final int LONGEST_NAME = 50;

    List<String> problems() {
        List<String> keys = new ArrayList<>();
        if (username == null || !USERNAME.matcher(username.strip()).matches()) {
            keys.add("username");
        }
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > LONGEST_NAME) {
            keys.add("displayName");
        }
        if (agentRole() == null) {
            keys.add("role");
        }
        if (queueInterface() != null && !QUEUE_INTERFACE.matcher(queueInterface()).matches()) {
            keys.add("queueInterface");
        }
        return keys;
    }

    /** What the page may show again after a refusal: never the password, which must not sit in the session. */
    NewAccountForm withoutPassword() {
        return new NewAccountForm(username, displayName, role, queueInterface, null);
    }

    AgentRole agentRole() {
        return Arrays.stream(AgentRole.values()).filter(r -> r.name().equals(role)).findFirst().orElse(null);
    }

    /** Blank means none (supervisors and admins usually take no calls). */
    @Override
    public String queueInterface() {
        return queueInterface == null || queueInterface.isBlank() ? null : queueInterface.strip();
    }
}
