package cn.yinling.hotline.console.queue;

import cn.yinling.hotline.cases.callback.Callback;
import cn.yinling.hotline.cases.callback.CallbackState;
import cn.yinling.hotline.cases.callback.Callbacks;
import cn.yinling.hotline.console.ConsoleMessages;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Callbacks as the live queue shows them: a line on the case's row ("回电：正在拨打（第1次）") and the
 * list of callbacks still to be made, each cancellable while it waits for its turn.
 */
@Component
class QueueCallbacks {

    private final Callbacks callbacks;
    private final ConsoleMessages messages;

    QueueCallbacks(Callbacks callbacks, ConsoleMessages messages) {
        this.callbacks = callbacks;
        this.messages = messages;
    }

    /** The words for the newest callback of each case that has one, by case id. */
    Map<Long, String> labelsOf(Collection<Long> caseIds) {
        return callbacks.latestOf(caseIds).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> label(e.getValue())));
    }

    /** The callbacks not yet ended (waiting, ringing, answered and on their way to an agent), in line order. */
    List<CallbackLine> open(LongFunction<String> elderNameOfCase) {
        return callbacks.open().stream().map(c -> new CallbackLine(c.getId(), c.getCaseId(),
                elderNameOfCase.apply(c.getCaseId()), label(c), c.getAttempts(),
                c.getState() == CallbackState.REQUESTED)).toList();
    }

    private String label(Callback c) {
        String when = callbacks.local(c.getDueAt());
        return switch (c.getState()) {
            case REQUESTED -> c.getAttempts() > 0 ? messages.get("callback.retry", when, c.getAttempts())
                    : c.isChosenTime() ? messages.get("callback.at", when) : messages.get("callback.whenFree");
            case DIALING -> messages.get("callback.dialing", c.getAttempts());
            case ANSWERED -> messages.get("callback.answered");
            case CONNECTED -> messages.get("callback.connected");
            case UNREACHED -> messages.get("callback.unreached", c.getAttempts());
            case CANCELLED -> messages.get("callback.cancelled");
        };
    }
}
