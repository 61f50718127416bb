package cn.yinling.hotline.cases.intake;

import cn.yinling.hotline.cases.elder.MaskedIdNumber;
import cn.yinling.hotline.cases.elder.Sex;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A resident identity number as GB 11643-1999 defines it: a 6-digit region code, the birth date
 * (yyyyMMdd), a 3-digit sequence whose last digit is odd for men and even for women, and a check
 * character (ISO 7064 MOD 11-2, X for 10). Only {@link #parse} makes one, so an instance is always
 * valid; it lives only while a form or an import row is read: the hotline keeps the masked form and a
 * keyed digest, never the number.
 */
public final class ResidentIdNumber {

    /** Why a typed number is not a valid one; each has its wording ({@code intake.idNumber.*}). */
    public enum Problem { MISSING, FORMAT, BIRTH_DATE, CHECK_DIGIT }

    private static final Pattern SHAPE = Pattern.compile("[1-9]\\d{16}[\\dX]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final LocalDate EARLIEST = LocalDate.of(1880, 1, 1);

    private final String value;
    private final LocalDate birthDate;

    private ResidentIdNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /** The number as typed (spaces and a lower-case x allowed, full-width digits too), or why it is not one. */
    public static Result parse(String typed, LocalDate today) {
        String s = normalise(typed);
        if (s.isEmpty()) {
            return new Result(null, Problem.MISSING);
        }
        if (!SHAPE.matcher(s).matches()) {
            return new Result(null, Problem.FORMAT);
        }
        Optional<LocalDate> born = birthDate(s.substring(6, 14));
        if (born.isEmpty() || born.get().isBefore(EARLIEST) || born.get().isAfter(today)) {
            return new Result(null, Problem.BIRTH_DATE);
        }
        if (s.charAt(17) != checkCharacter(s)) {
            return new Result(null, Problem.CHECK_DIGIT);
        }
        return new Result(new ResidentIdNumber(s, born.get()), null);
    }

    /** Either a number or its problem. */
    public record Result(ResidentIdNumber number, Problem problem) {
        public boolean valid() {
            return number != null;
        }
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    private static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(18);
        typed.codePoints().forEach(c -> {
            if (c >= '０' && c <= '９') {
                b.append((char) ('0' + (c - '０')));
            } else if (c == 'ｘ' || c == 'Ｘ') {
                b.append('X');
            } else if (!Character.isWhitespace(c) && c != '\u3000') {
                b.appendCodePoint(c);
            }
        });
        return b.toString().toUpperCase(Locale.ROOT);
    }

    private static Optional<LocalDate> birthDate(String yyyymmdd) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)),
                    Integer.parseInt(yyyymmdd.substring(4, 6)), Integer.parseInt(yyyymmdd.substring(6, 8))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    public MaskedIdNumber masked() {
        return MaskedIdNumber.mask(value);
    }

    /** The canonical 18 characters, for the digest only. */
    String canonical() {
        return value;
    }

    /** Never the number itself: a log line or an exception message must not carry it. */
    @Override
    public String toString() {
        return masked().value();
    }
}
