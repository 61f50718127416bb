package cn.yinling.hotline.console;

import java.util.Map;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where an agent lands after sending a form: back on the page, scrolled to the section they acted in
 * (the redirect carries it as the fragment {@code #section}), with the result said in that section
 * rather than only at the top of a long page. The section's template includes
 * {@code console/fragments :: flashIn('section')}; the message reaches it as the flash attributes
 * {@code done} or {@code problem} with {@link #AT} naming the section. A refused form also carries
 * what was typed ({@link FormDraft}), so nothing the agent typed is lost.
 */
public record Landing(String path, String section) {

    /** The flash attribute naming the section a result belongs to. */
    public static final String AT = "flashAt";

    public Landing {
        if (!section.matches("[A-Za-z][A-Za-z0-9-]*")) {
            throw new IllegalArgumentException("not a section id: " + section);
        }
    }

    /** The page at {@code path}, section {@code section}. */
    public static Landing at(String path, String section) {
        return new Landing(path, section);
    }

    /** Says that it worked, in the section; the redirect view name. */
    public String done(RedirectAttributes flash, String message) {
        return say(flash, "done", message);
    }

    /** Says what was wrong, in the section; the redirect view name. */
    public String problem(RedirectAttributes flash, String message) {
        return say(flash, "problem", message);
    }

    /**
     * Says what was wrong and shows the form of {@code form} again as typed. The words stand beside
     * {@code field}, or at the top of the section when the problem is not one field's ("").
     */
    public String refused(RedirectAttributes flash, String form, Map<String, String> typed, String field, String message) {
        flash.addFlashAttribute(FormDraft.ATTRIBUTE, FormDraft.of(form, typed, field, message));
        return problem(flash, message);
    }

    /** The redirect to the section, without a message. */
    public String redirect() {
        return "redirect:" + path + "#" + section;
    }

    private String say(RedirectAttributes flash, String kind, String message) {
        flash.addFlashAttribute(kind, message);
        flash.addFlashAttribute(AT, section);
        return redirect();
    }
}
