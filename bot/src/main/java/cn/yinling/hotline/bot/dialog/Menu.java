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

    /** The intent a menu choice stands for, or null. */
    static String intentOf(String choice) {
        return choice != null && choice.startsWith("menu:") ? choice.substring(5) : null;
    }
}
