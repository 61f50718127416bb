package cn.yinling.hotline.cases.intake;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid resident ID numbers for tests, each one new (the sequence digits count up), with a correct check character. */
public final class IdNumbers {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 400));

    private IdNumbers() {
    }

    public static String of(String region, LocalDate born, boolean male) {
        int n = SEQ.getAndIncrement() % 500;
        int seq = n * 2 + (male ? 1 : 0);
        String first17 = region + born.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", seq % 1000);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /** A different region each call too, so two tests never collide even past 500 numbers a day. */
    public static String fresh(LocalDate born, boolean male) {
        return of(String.valueOf(340500 + SEQ.get() % 99), born, male);
    }
}
