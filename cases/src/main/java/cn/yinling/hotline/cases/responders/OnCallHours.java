package cn.yinling.hotline.cases.responders;

import java.time.LocalTime;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * When a responder may be called: local windows such as {@code 08:00-20:00}, several separated by
 * {@code ;} (a day window and a night one), a window ending before it starts running past midnight
 * ({@code 20:00-08:00}). No window means any time. Typed as "8:00-20:00", "8点-20点" or with
 * Chinese punctuation; written back as {@code HH:mm-HH:mm;…}.
 */
public record OnCallHours(List<Window> windows) {

    /** One window; {@code from == until} is the whole day. */
    public record Window(LocalTime from, LocalTime until) {

        boolean covers(LocalTime t) {
            if (from.equals(until)) {
                return true;
            }
            return from.isBefore(until) ? !t.isBefore(from) && t.isBefore(until) : !t.isBefore(from) || t.isBefore(until);
        }

        @Override
        public String toString() {
            return from + "-" + until;
        }
    }

    public static final OnCallHours ANY_TIME = new OnCallHours(List.of());
    /** Longest text kept (the columns' size). */
    public static final int MAX_LENGTH = 100;
    private static final Pattern SEPARATORS = Pattern.compile("[;；,，、\\s]+");
    private static final Pattern WINDOW = Pattern.compile("(\\d{1,2})(?:[:：点](\\d{2})?)?[-－~～至到](\\d{1,2})(?:[:：点](\\d{2})?)?");

    public OnCallHours {
        windows = List.copyOf(windows);
    }

    /**
     * Reads hours as an agent types them; blank, "全天" or "随时" is any time.
     *
     * @throws InvalidOnCallHoursException when a window cannot be read
     */
    public static OnCallHours parse(String text) {
        if (text == null || text.isBlank() || text.strip().equals("全天") || text.strip().equals("随时")) {
            return ANY_TIME;
        }
        if (text.strip().length() > MAX_LENGTH) {
            throw new InvalidOnCallHoursException(text);
        }
        List<Window> windows = new ArrayList<>();
        for (String part : SEPARATORS.split(text.strip())) {
            if (part.isEmpty()) {
                continue;
            }
            Matcher m = WINDOW.matcher(part);
            if (!m.matches()) {
                throw new InvalidOnCallHoursException(text);
            }
            windows.add(new Window(time(m.group(1), m.group(2), text), time(m.group(3), m.group(4), text)));
        }
        return new OnCallHours(windows);
    }

    private static LocalTime time(String hour, String minute, String text) {
        try {
            int h = Integer.parseInt(hour);
            return h == 24 && (minute == null || minute.equals("00")) ? LocalTime.MIDNIGHT : LocalTime.of(h, minute == null ? 0 : Integer.parseInt(minute));
        } catch (DateTimeException | NumberFormatException e) {
            throw new InvalidOnCallHoursException(text);
        }
    }

    public boolean covers(LocalTime time) {
        return windows.isEmpty() || windows.stream().anyMatch(w -> w.covers(time));
    }

    public boolean anyTime() {
        return windows.isEmpty();
    }

    /** As stored: {@code 08:00-20:00;20:00-08:00}, empty for any time. */
    public String text() {
        return windows.stream().map(Window::toString).collect(Collectors.joining(";"));
    }
}
