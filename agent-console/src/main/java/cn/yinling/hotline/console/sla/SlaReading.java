package cn.yinling.hotline.console.sla;

/**
 * Where a case stands against its deadline at one moment, as the console shows it: the page
 * renders {@code label} and the browser keeps counting from {@code dueAt}, {@code warnAt} and
 * {@code now} (all epoch milliseconds; {@code now} is the server's, so a wrong browser clock does
 * not move the countdown).
 *
 * @param stage  {@code ON_TIME}, {@code WARNING}, {@code BREACHED}, or {@code STOPPED} for a case no longer open
 */
public record SlaReading(long dueAt, long warnAt, long now, Stage stage, String label) {

    public enum Stage { ON_TIME, WARNING, BREACHED, STOPPED }

    /** The CSS class of the countdown: {@code sla sla-warning} and so on. */
    public String cssClass() {
        return "sla sla-" + stage.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public boolean running() {
        return stage != Stage.STOPPED;
    }
}
