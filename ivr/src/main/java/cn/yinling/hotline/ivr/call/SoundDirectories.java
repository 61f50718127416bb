package cn.yinling.hotline.ivr.call;

import java.util.List;

/**
 * The Asterisk sound directories a prompt piece is looked for in, preferred first, the standard set
 * ({@code hotline.ivr.sound-directory}) last: a piece missing from an elder's own set (slow, dialect)
 * is played from the next directory that has it.
 */
public record SoundDirectories(List<String> directories) {

    public SoundDirectories {
        directories = List.copyOf(directories);
        if (directories.isEmpty()) {
            throw new IllegalArgumentException("At least the standard sound directory");
        }
    }

    /** Only the standard set. */
    public static SoundDirectories of(String standard) {
        return new SoundDirectories(List.of(standard));
    }

    public String preferred() {
        return directories.get(0);
    }
}
