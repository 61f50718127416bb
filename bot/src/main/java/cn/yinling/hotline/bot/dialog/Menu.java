package cn.yinling.hotline.bot.dialog;

import cn.yinling.hotline.bot.nlu.Intents;
import cn.yinling.hotline.bot.reply.Line;

/** The main menu: four choices at most, as elders on the phone need. */
final class Menu {

    private Menu() {
    }

    static void offer(Turn t) {
        t.ask("menu.prompt");
        choices(t);
    }

    /**
     * Right after the greeting: on the phone the choices follow the greeting at once, since the
     * greeting and the menu together must be short (MenuDurationsTest); a screen still asks.
     */
    static void offerAfterGreeting(Turn t) {
        t.say(new Line(t.msg.text("menu.prompt"), "").asQuestion());
        choices(t);
    }

    private static void choices(Turn t) {
        option(t, "1", "menu.book", Intents.BOOK_SERVICE);
        option(t, "2", "menu.balance", Intents.QUERY_BALANCE);
        option(t, "3", "menu.bookings", Intents.QUERY_BOOKING);
        option(t, "4", "menu.complaint", Intents.COMPLAINT);
        t.expect(Step.MENU);
    }

    private static void option(Turn t, String key, String label, String intent) {
        t.option(key, t.msg.text(label), t.msg.speech(label), "menu:" + intent);
    }

    /**
     * The key and label of the menu choice that does what {@code intent} asks (查预约 for a cancel or
     * a move too), or null when the menu has none.
     */
    static String[] choiceFor(String intent, Turn t) {
        if (intent == null) {
            return null;
        }
        return switch (intent) {
            case Intents.BOOK_SERVICE -> new String[] {"1", t.msg.text("menu.book")};
            case Intents.QUERY_BALANCE -> new String[] {"2", t.msg.text("menu.balance")};
            case Intents.QUERY_BOOKING, Intents.CANCEL_BOOKING, Intents.RESCHEDULE_BOOKING ->
                    new String[] {"3", t.msg.text("menu.bookings")};
            case Intents.COMPLAINT -> new String[] {"4", t.msg.text("menu.complaint")};
            default -> null;
        };
    }

    /** The intent a menu choice stands for, or null. */
    static String intentOf(String choice) {
        return choice != null && choice.startsWith("menu:") ? choice.substring(5) : null;
    }
}
