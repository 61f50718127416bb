package cn.yinling.hotline.bot.dialog;

import static cn.yinling.hotline.bot.reply.SpokenChinese.date;
import static cn.yinling.hotline.bot.reply.SpokenChinese.dateShort;

import cn.yinling.hotline.bot.reply.Line;
import cn.yinling.hotline.cases.application.ApplicationState;
import cn.yinling.hotline.cases.application.VoucherApplication;
import cn.yinling.hotline.cases.application.VoucherApplications;
import cn.yinling.hotline.cases.elder.Elders;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * "我的申请到哪一步了": where the elder's voucher applications stand, in plain words, with the day the
 * current step should be done by. The open ones each; when none is open, the latest decision. The
 * spoken form names no policy (city files name their own policies; the prompt catalog cannot say them).
 */
final class ApplicationStatusFlow implements Flow {

    static final String CUES_RESOURCE = "nlu/application-status-cues.txt";

    private final VoucherApplications applications;
    private final Elders elders;
    private final List<String> cues;

    ApplicationStatusFlow(VoucherApplications applications, Elders elders) {
        this.applications = applications;
        this.elders = elders;
        this.cues = loadCues();
    }

    /** Whether the message asks about an application (a cue phrase in it, spaces and punctuation ignored). */
    boolean asked(Turn t) {
        if (t.in.kind() != InputKind.TEXT || t.in.text() == null) {
            return false;
        }
        String text = t.in.text().replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s]", "");
        return cues.stream().anyMatch(text::contains);
    }

    @Override
    public boolean owns(Step step) {
        return false;
    }

    @Override
    public boolean answer(Turn t) {
        return false;
    }

    @Override
    public void start(Turn t) {
        t.state.clearTask();
        String whose = t.whose(elders);
        List<VoucherApplication> all = applications.ofElder(t.elder());
        List<VoucherApplication> open = all.stream().filter(a -> !a.getState().isFinal()).toList();
        List<VoucherApplication> told = open.isEmpty() ? all.stream().limit(1).toList() : open;
        if (told.isEmpty()) {
            t.say(new Line(t.msg.text("application.none", whose), t.msg.speech("application.none")));
        }
        Map<String, String> names = told.isEmpty() ? Map.of() : applications.policyNames();
        for (VoucherApplication a : told) {
            String policy = names.getOrDefault(a.getPolicyCode(), a.getPolicyCode());
            t.say(line(t, a, whose, policy));
        }
        Menu.offer(t);
    }

    private Line line(Turn t, VoucherApplication a, String whose, String policy) {
        ApplicationState s = a.getState();
        String key = "application." + s.name();
        return switch (s) {
            case APPROVED -> new Line(t.msg.text(key, whose, policy, dateShort(a.getEnrolledFrom())),
                    t.msg.speech(key, date(a.getEnrolledFrom())));
            case REFUSED -> new Line(t.msg.text(key, whose, policy, a.getRefusalReason()), t.msg.speech(key));
            case PUBLIC_NOTICE -> new Line(t.msg.text(key, whose, policy, dateShort(a.getNoticeEndsOn())),
                    t.msg.speech(key, date(a.getNoticeEndsOn())));
            default -> {
                LocalDate due = applications.dueOn(a);
                if (due == null) {
                    yield new Line(t.msg.text("application.undated", whose, policy),
                            t.msg.speech("application.undated"));
                }
                yield new Line(t.msg.text(key, whose, policy, dateShort(due)), t.msg.speech(key, date(due)));
            }
        };
    }

    private static List<String> loadCues() {
        try (InputStream in = ApplicationStatusFlow.class.getClassLoader().getResourceAsStream(CUES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + CUES_RESOURCE);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
