package cn.yinling.hotline.console.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The common-password list ({@code security/common-passwords.txt}; where it comes from is written at
 * its top). A password counts as common when it is on the list, also with the digits and symbols
 * people put around a word taken off ("monkey2024!") and with look-alike characters read as letters
 * ("p@ssw0rd").
 */
final class CommonPasswords {

    static final String RESOURCE = "/security/common-passwords.txt";
    private static final Pattern AROUND = Pattern.compile("^[\\p{Punct}\\d\\s]+|[\\p{Punct}\\d\\s]+$");
    /** A word inside the decoration must be this long to count: shorter ones ("ab") are on the list as whole passwords only. */
    private static final int SHORTEST_CORE = 4;

    private final Set<String> passwords;

    CommonPasswords(Set<String> passwords) {
        this.passwords = Set.copyOf(passwords);
    }

    static CommonPasswords load() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            Set<String> words = new HashSet<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (!line.isBlank() && !line.startsWith("# ")) {
                        words.add(line.strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
            return new CommonPasswords(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int size() {
        return passwords.size();
    }

    /** {@code lower}: the password in lower case. */
    boolean contains(String lower) {
        String core = AROUND.matcher(lower).replaceAll("");
        return passwords.contains(lower) || passwords.contains(readAsLetters(lower))
                || core.length() >= SHORTEST_CORE && (passwords.contains(core) || passwords.contains(readAsLetters(core)));
    }

    /** The usual substitutions of password "l33t": 0 for o, @ for a, $ for s… */
    private static String readAsLetters(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(switch (c) {
                case '0' -> 'o';
                case '1', '!' -> 'i';
                case '3' -> 'e';
                case '4', '@' -> 'a';
                case '5', '$' -> 's';
                case '7' -> 't';
                default -> c;
            });
        }
        return b.toString();
    }
}
