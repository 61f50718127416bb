package cn.yinling.hotline.bot.dialog;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.elder.BindingCheck;
import cn.yinling.hotline.cases.elder.BindingRequest;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.FamilyBindings;
import cn.yinling.hotline.cases.elder.FamilyContact;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Binding a WeChat family member to an elder: the elder's registered phone → the last four ID
 * digits → relation → consent to notifications → the one-time code that reached the elder. Also
 * unbinding, and asking which elder when the member is bound to several. The rules (attempts,
 * lock, code) are {@link FamilyBindings}'; this flow only asks and tells.
 */
final class BindingFlow implements Flow {

    private static final String UNBIND = "unbind";
    private static final Set<Step> STEPS = Set.of(Step.BIND_PHONE, Step.BIND_ID, Step.BIND_RELATION,
            Step.BIND_CONSENT, Step.BIND_CODE, Step.PICK_ELDER);
    private static final Pattern ONE_TIME_CODE = Pattern.compile("\\d{6}");

    private final FamilyBindings bindings;
    private final Elders elders;
    private final IdentifyFlow identify;

    BindingFlow(FamilyBindings bindings, Elders elders, IdentifyFlow identify) {
        this.bindings = bindings;
        this.elders = elders;
        this.identify = identify;
    }

    @Override
    public boolean owns(Step step) {
        return STEPS.contains(step);
    }

    /** Whether this message is about binding: the words for (un)binding, or a code awaited by an open request. */
    boolean wants(Turn t) {
        if (t.in.channel() != Channel.WECHAT || t.in.text() == null) {
            return false;
        }
        String text = t.in.text().strip();
        if (says(t, "binding.keywords.person")) {
            return false;
        }
        return says(t, "binding.keywords.unbind") || says(t, "binding.keywords.bind")
                || (t.state.step == Step.NONE || t.state.step == Step.MENU) && ONE_TIME_CODE.matcher(text).matches()
                        && bindings.hasOpenRequest(t.in.sender());
    }

    /** Handles a message {@link #wants(Turn)} claimed. */
    void handle(Turn t) {
        if (says(t, "binding.keywords.unbind")) {
            unbind(t);
        } else if (says(t, "binding.keywords.bind")) {
            t.state.resumeIntent = null;
            begin(t);
        } else {
            t.expect(Step.BIND_CODE);
            answer(t);
        }
    }

    /** An elder-specific request from WeChat: bind first, or ask which bound elder it is for. */
    void requireElder(Turn t, String intent) {
        List<FamilyContact> bound = bindings.boundTo(t.in.sender());
        if (bound.isEmpty()) {
            start(t);
            return;
        }
        t.state.resumeIntent = intent;
        askWhichElder(t, bound);
    }

    @Override
    public void start(Turn t) {
        String pending = t.state.intent;
        t.state.clearTask();
        t.state.resumeIntent = pending; // answered once the binding is done, if still in this conversation
        if (bindings.hasOpenRequest(t.in.sender())) {
            t.say("binding.askCode").expect(Step.BIND_CODE);
            return;
        }
        t.say("binding.start");
        begin(t);
    }

    private void begin(Turn t) {
        String pending = t.state.resumeIntent;
        t.state.clearTask();
        t.state.resumeIntent = pending;
        t.state.bindingPhone = null;
        t.state.bindingLastFour = null;
        t.state.bindingRelation = null;
        t.say("binding.askPhone").expect(Step.BIND_PHONE);
    }

    @Override
    public boolean answer(Turn t) {
        return switch (t.state.step) {
            case BIND_PHONE -> phone(t);
            case BIND_ID -> idDigits(t);
            case BIND_RELATION -> relation(t);
            case BIND_CONSENT -> consent(t);
            case BIND_CODE -> code(t);
            case PICK_ELDER -> pickElder(t);
            default -> false;
        };
    }

    private boolean phone(Turn t) {
        String digits = t.digitsGiven();
        if (digits == null) {
            return false;
        }
        BindingCheck check = bindings.checkPhone(t.in.sender(), digits);
        if (check.ok()) {
            t.state.bindingPhone = digits;
            t.say("binding.askId").expect(Step.BIND_ID);
        } else {
            wrong(t, check, "binding.wrongPhone", Step.BIND_PHONE);
        }
        return true;
    }

    private boolean idDigits(Turn t) {
        String digits = t.digitsGiven();
        if (digits == null) {
            return false;
        }
        String lastFour = digits.length() > 4 ? digits.substring(digits.length() - 4) : digits;
        BindingCheck check = bindings.checkIdentity(t.in.sender(), t.state.bindingPhone, lastFour);
        if (check.ok()) {
            t.state.bindingLastFour = lastFour;
            t.say("binding.askRelation");
            for (String[] o : new String[][] {{"1", "binding.relation.son"}, {"2", "binding.relation.daughter"},
                    {"3", "binding.relation.other"}}) {
                t.option(o[0], t.msg.text(o[1]), t.msg.text(o[1]));
            }
            t.expect(Step.BIND_RELATION);
        } else {
            // Which of the two was wrong is not told: that would tell whether the number is registered.
            t.state.bindingPhone = null;
            wrong(t, check, "binding.wrongId", Step.BIND_PHONE);
        }
        return true;
    }

    private boolean relation(Turn t) {
        String relation = t.choice();
        if (relation == null) {
            return false;
        }
        t.state.bindingRelation = relation;
        t.state.optionValues.clear();
        t.say("binding.askConsent");
        t.option("1", t.msg.text("binding.consent.yes"), "yes");
        t.option("2", t.msg.text("binding.consent.no"), "no");
        t.expect(Step.BIND_CONSENT);
        return true;
    }

    private boolean consent(Turn t) {
        String answer = t.choice();
        if (answer == null) {
            return false;
        }
        boolean consent = "yes".equals(answer);
        BindingRequest request = bindings.start(t.in.sender(), t.state.bindingPhone, t.state.bindingLastFour,
                t.state.bindingRelation, consent);
        t.state.clearTask();
        t.state.bindingPhone = null;
        t.state.bindingLastFour = null;
        t.state.bindingRelation = null;
        t.say(request.getCodeIssuedAt() != null ? "binding.codeSent" : "binding.awaitAgent").expect(Step.BIND_CODE);
        return true;
    }

    private boolean code(Turn t) {
        String digits = t.digitsGiven();
        if (digits == null) {
            return false;
        }
        BindingCheck check = bindings.enterCode(t.in.sender(), digits);
        switch (check.result()) {
            case BOUND -> {
                Elder elder = elders.get(new ElderId(check.contact().getElderId()));
                identify.identified(t, elder, check.contact().getId());
                t.state.clearTask();
                if (UNBIND.equals(t.state.resumeIntent)) {
                    t.state.resumeIntent = null;
                }
                t.say("binding.done", Greeting.title(elder, t.msg));
                if (t.state.resumeIntent == null) {
                    Menu.offer(t);
                }
            }
            case AWAITING_APPROVAL -> t.say("binding.notApproved").expect(Step.BIND_CODE);
            case NO_REQUEST -> {
                t.state.clearTask();
                t.say("binding.noRequest");
            }
            default -> wrong(t, check, "binding.wrongCode", Step.BIND_CODE);
        }
        return true;
    }

    private boolean pickElder(Turn t) {
        String choice = t.choice();
        if (choice == null || !choice.startsWith("elder:")) {
            return false;
        }
        long elderId = Long.parseLong(choice.substring(6));
        FamilyContact contact = bindings.boundTo(t.in.sender()).stream()
                .filter(f -> f.getElderId() == elderId).findFirst().orElse(null);
        t.state.clearTask();
        if (contact == null) {
            t.say("binding.notBound");
            return true;
        }
        Elder elder = elders.get(new ElderId(elderId));
        if (UNBIND.equals(t.state.resumeIntent)) {
            t.state.resumeIntent = null;
            bindings.unbind(t.in.sender(), elder.elderId());
            t.say("binding.unbound", Greeting.title(elder, t.msg));
            return true;
        }
        identify.identified(t, elder, contact.getId());
        t.say("family.forElder", Greeting.title(elder, t.msg));
        return true;
    }

    private void unbind(Turn t) {
        List<FamilyContact> bound = bindings.boundTo(t.in.sender());
        if (bound.isEmpty()) {
            t.state.clearTask();
            t.say("binding.notBound");
            return;
        }
        if (bound.size() > 1) {
            t.state.resumeIntent = UNBIND;
            askWhichElder(t, bound);
            return;
        }
        Elder elder = elders.get(new ElderId(bound.get(0).getElderId()));
        bindings.unbind(t.in.sender(), elder.elderId());
        t.state.clearTask();
        t.state.elderId = null;
        t.state.familyContactId = null;
        t.state.identified = false;
        t.say("binding.unbound", Greeting.title(elder, t.msg));
    }

    private void askWhichElder(Turn t, List<FamilyContact> bound) {
        t.state.optionValues.clear();
        t.say("binding.whichElder");
        int key = 1;
        for (FamilyContact f : bound) {
            Elder elder = elders.get(new ElderId(f.getElderId()));
            t.option(String.valueOf(key++), elder.getFullName(), "elder:" + elder.getId());
        }
        t.expect(Step.PICK_ELDER);
    }

    private void wrong(Turn t, BindingCheck check, String retryKey, Step step) {
        if (check.result() == BindingCheck.Result.LOCKED) {
            t.state.clearTask();
            t.say("binding.locked", t.clockTime(check.lockedUntil()));
            return;
        }
        t.say(retryKey, check.attemptsLeft()).expect(step);
    }

    private static boolean says(Turn t, String keywordsKey) {
        String text = t.in.text() == null ? "" : t.in.text();
        return Arrays.stream(t.msg.text(keywordsKey).split(",")).anyMatch(text::contains);
    }
}
