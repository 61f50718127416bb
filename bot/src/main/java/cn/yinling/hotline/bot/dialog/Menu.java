package cn.yinling.hotline.bot.dialog;

import cn.yinling.hotline.bot.nlu.Intents;

/** The main menu: four choices at most, as elders on the phone need. */
final class Menu {

    private Menu() {
    }

    static void offer(Turn t) {
        t.say("menu.prompt");
        t.option("1", t.msg.text("menu.book"), "menu:" + Intents.BOOK_SERVICE);
        t.option("2", t.msg.text("menu.balance"), "menu:" + Intents.QUERY_BALANCE);
        t.option("3", t.msg.text("menu.bookings"), "menu:" + Intents.QUERY_BOOKING);
        t.option("4", t.msg.text("menu.complaint"), "menu:" + Intents.COMPLAINT);
        t.expect(Step.MENU);
    }

    /** The intent a menu choice stands for, or null. */
    static String intentOf(String choice) {
        return choice != null && choice.startsWith("menu:") ? choice.substring(5) : null;
    }
}
