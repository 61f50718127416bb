package cn.yinling.hotline.console.workspace;

import java.io.Serializable;

/**
 * A free time offered after a refused booking or move, as a button that fills the form: the day and
 * time in the form's own formats ({@code 2026-03-05}, {@code 08:00}) and the label the agent reads.
 */
public record FreeTime(String day, String time, String label) implements Serializable {
}
