package cn.yinling.hotline.console.workspace;

import java.util.Map;

/**
 * What an agent typed into one of the workspace's forms when it was refused, so that the page shows
 * it again with the problem beside the field, instead of losing a long note to a redirect. The
 * workspace has several forms with fields of the same name ({@code note}), so a draft belongs to one
 * form: {@code note}, {@code booking}, {@code followUp}, {@code investigation}, {@code outcome},
 * {@code chat}, {@code composer}.
 */
record FormDraft(String form, Map<String, String> typed, String field, String problem) {

    /** A page shown without a refused form. */
    static final FormDraft NONE = new FormDraft("", Map.of(), "", null);

    /** What was typed into {@code name} of {@code form}; null unless this draft is of that form. */
    public String value(String form, String name) {
        return this.form.equals(form) ? typed.get(name) : null;
    }

    /** What was typed, or {@code otherwise} (the field's usual default). */
    public String valueOr(String form, String name, String otherwise) {
        String v = value(form, name);
        return v == null ? otherwise : v;
    }

    /** The problem to show beside {@code name} of {@code form}; null when it has none. */
    public String problem(String form, String name) {
        return this.form.equals(form) && this.field.equals(name) ? problem : null;
    }
}
