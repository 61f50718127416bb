package cn.yinling.hotline.ivr.call;

import java.util.List;

/**
 * One reply the hotline says: its words, and the catalog pieces ({@link PromptCatalog}) that say
 * them, played one after another as {@code <sound dir>/<id>}. Numbers, dates, amounts and names are
 * composed of pieces, so a handful of rendered files says every reply; recorded voice files can
 * replace any piece by its id.
 */
public record Prompt(String text, List<String> ids) {

    public Prompt {
        ids = List.copyOf(ids);
    }

    /** The engine's words split into the pieces of the standard catalog. */
    public static Prompt of(String text) {
        return PromptCatalog.standard().prompt(text);
    }

    /** Whether a piece is not in the catalog (its sound exists only once rendered on demand). */
    public boolean hasFallback() {
        return ids.stream().anyMatch(id -> id.startsWith(PromptCatalog.FALLBACK_PREFIX));
    }
}
