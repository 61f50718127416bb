package cn.yinling.hotline.console;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.springframework.ui.Model;

/**
 * What an agent typed into one of a page's forms when it was refused, so that the page shows it again
 * with the problem beside the field instead of losing it. A page has several forms with fields of the
 * same name ({@code note}), so a draft belongs to one form (the workspace's {@code note},
 * {@code booking}, {@code move-12}, {@code followUp}, {@code investigation}, {@code outcome},
 * {@code chat}; the record page's {@code phones}, {@code address}, …). It reaches the page either in
 * the model of a page answered 400 or as the flash attribute {@link #ATTRIBUTE} across a redirect
 * ({@link Landing#refused}).
 */
public record FormDraft(String form, Map<String, String> typed, String field, String problem) implements Serializable {

    /** The model and flash attribute a page reads its draft from. */
    public static final String ATTRIBUTE = "draft";

    /** A page shown without a refused form. */
    public static final FormDraft NONE = new FormDraft("", Map.of(), "", null);

    public FormDraft {
        typed = Map.copyOf(typed);
        field = field == null ? "" : field;
    }

    /** The draft of {@code form} as typed, with {@code problem} beside {@code field} ("" or null: none). */
    public static FormDraft of(String form, Map<String, String> typed, String field, String problem) {
        Map<String, String> kept = new HashMap<>(typed);
        kept.remove("_csrf");
        return new FormDraft(form, kept, field, problem);
    }

    /** The draft a page was given (in its model, or carried by a redirect's flash), or {@link #NONE}. */
    public static FormDraft in(Model model) {
        return model.getAttribute(ATTRIBUTE) instanceof FormDraft d ? d : NONE;
    }

    /** What was typed into {@code name} of {@code form}; null unless this draft is of that form. */
    public String value(String form, String name) {
        return this.form.equals(form) ? typed.get(name) : null;
    }

    /** What was typed, or {@code otherwise} (the field's usual default). */
    public String valueOr(String form, String name, String otherwise) {
        String v = value(form, name);
        return v == null ? otherwise : v;
    }

    /** Whether the box {@code name} was ticked when {@code form} was refused, or {@code otherwise} (as saved). */
    public boolean checked(String form, String name, boolean otherwise) {
        return this.form.equals(form) ? "true".equals(typed.get(name)) : otherwise;
    }

    /** The problem to show beside {@code name} of {@code form}; null when it has none. */
    public String problem(String form, String name) {
        return this.form.equals(form) && this.field.equals(name) ? problem : null;
    }
}
