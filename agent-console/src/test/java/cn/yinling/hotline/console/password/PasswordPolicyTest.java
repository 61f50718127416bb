package cn.yinling.hotline.console.password;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.console.password.PasswordPolicy.Problem;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The password policy, rule by rule, as the account page applies it. */
class PasswordPolicyTest {

    static final CommonPasswords COMMON = CommonPasswords.load();
    final PasswordPolicy policy = new PasswordPolicy(10, COMMON);

    @Test
    void theCommonListHasTheTenThousandMostUsedPasswordsAndTheChineseAdditions() {
        assertThat(COMMON.size()).isGreaterThan(10_000);
        assertThat(COMMON.contains("123456")).isTrue();
        assertThat(COMMON.contains("woaini1314")).isTrue();
    }

    @Test
    void aPassphraseOfItsOwnPasses() {
        assertThat(policy.check("agent7", "银铃-早班-茶叶蛋-豆浆")).isEmpty();
        assertThat(policy.check("agent7", "Tr0ub4dor&3-horse")).isEmpty();
        assertThat(policy.check("agent7", "yinling-demo")).isEmpty();
    }

    @Nested
    class Length {

        @Test
        void fewerThanTheMinimumIsTooShort() {
            assertThat(policy.check("agent7", "Xq7#mPz2v")).containsExactly(Problem.TOO_SHORT);
            assertThat(policy.check("agent7", "Xq7#mPz2vL")).isEmpty();
        }

        @Test
        void charactersNotBytesCountTowardsTheMinimumButBcryptsLimitIsInBytes() {
            assertThat(policy.check("agent7", "银铃热线坐席工作台夜")).isEmpty();
            assertThat(policy.check("agent7", "银铃热线坐席工作台夜班早班茶叶蛋包子豆浆油条馄饨面条米饭")).contains(Problem.TOO_LONG);
        }

        @Test
        void nothingAtAllIsTooShort() {
            assertThat(policy.check("agent7", "")).containsExactly(Problem.TOO_SHORT);
            assertThat(policy.check("agent7", null)).containsExactly(Problem.TOO_SHORT);
        }
    }

    @Nested
    class Trivial {

        @ParameterizedTest
        @ValueSource(strings = {"1111111111", "aaaaaaaaaaaa", "1234567890", "0987654321", "abcdefghijk", "zyxwvutsrqp",
            "qwertyuiop", "poiuytrewq", "asdfghjkl;", "1qaz2wsx3edc", "147258369147", "1234qwerasdfzxcv", "abc123abc123",
            "xk9#xk9#xk9#", "aaaaabbbbbccccc", "1212121212", "qwer1234asdf"})
        void repeatedConsecutiveOrNeighbouringKeysAreRefused(String password) {
            assertThat(policy.check("agent7", password)).contains(Problem.TRIVIAL);
        }

        @ParameterizedTest
        @ValueSource(strings = {"yinling-demo", "correct-horse-battery", "Zhang-Lao-Shi-88", "ruok?call-me-later"})
        void ordinaryTextIsNot(String password) {
            assertThat(policy.check("agent7", password)).doesNotContain(Problem.TRIVIAL);
        }
    }

    @Nested
    class Common {

        @ParameterizedTest
        @ValueSource(strings = {"password123", "iloveyou12", "Password1!", "p@ssw0rd2024", "dragon2024!!", "woaini1314",
            "5201314520", "monkey-12345", "Yinling2026"})
        void aListedPasswordAlsoWithDigitsAndSymbolsAroundOrLookAlikesIsRefused(String password) {
            assertThat(policy.check("agent7", password)).contains(Problem.COMMON);
        }
    }

    @Nested
    class Username {

        @Test
        void thePasswordMayNotContainTheUsernameInAnyCaseOrReversed() {
            assertThat(policy.check("zhouqiang", "ZhouQiang-2026!x")).contains(Problem.CONTAINS_USERNAME);
            assertThat(policy.check("zhouqiang", "gnaiquohz-7Lm#x")).contains(Problem.CONTAINS_USERNAME);
            assertThat(policy.check("zhouqiang", "Lm7#-zhou-and-qiang")).doesNotContain(Problem.CONTAINS_USERNAME);
        }
    }
}
