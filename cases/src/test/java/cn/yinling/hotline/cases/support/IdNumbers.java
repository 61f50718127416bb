package cn.yinling.hotline.cases.support;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Valid resident ID numbers for tests, each one new (region and sequence count up), with the check
 * character computed here independently of the code under test (GB 11643, ISO 7064 MOD 11-2).
 */
public final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 400));

    private IdNumbers() {
    }

    public static String fresh(LocalDate born, boolean male) {
        int n = SEQ.getAndIncrement();
        String region = String.valueOf(340500 + n % 99);
        int seq = (n / 99 % 500) * 2 + (male ? 1 : 0);
        String first17 = region + born.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", seq);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
