package cn.yinling.hotline.console.dashboard;

import cn.yinling.hotline.console.dashboard.FigureQueries.ConversationRow;
import java.util.List;

/**
 * Who handled the conversations that started in the range: the bot alone, or a person (the
 * conversation was handed over to an agent's case, or an agent took over the chat).
 *
 * @param botWidth the bot's share as a length on a 0–600 scale, for the stacked bar
 */
record Handling(long conversations, long byBot, long byPerson, long handedOver, long takenOver, int botPercent,
        int personPercent, int botWidth) {

    static final int SCALE = 600;

    static Handling of(List<ConversationRow> rows) {
        long handedOver = rows.stream().filter(ConversationRow::handedOver).count();
        long takenOver = rows.stream().filter(ConversationRow::takenOver).count();
        long byPerson = rows.stream().filter(r -> r.handedOver() || r.takenOver()).count();
        long byBot = rows.size() - byPerson;
        int botPercent = Percent.of(byBot, rows.size());
        return new Handling(rows.size(), byBot, byPerson, handedOver, takenOver, botPercent,
                rows.isEmpty() ? 0 : 100 - botPercent, rows.isEmpty() ? 0 : (int) (byBot * SCALE / rows.size()));
    }
}
