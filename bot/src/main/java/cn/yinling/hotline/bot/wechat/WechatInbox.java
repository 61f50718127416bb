package cn.yinling.hotline.bot.wechat;

import cn.yinling.hotline.bot.dialog.DialogEngine;
import cn.yinling.hotline.bot.dialog.Inbound;
import cn.yinling.hotline.bot.reply.Messages;
import cn.yinling.hotline.bot.reply.ReplyRenderer;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * Takes each message once and gets its answer: within the reply budget as the passive reply,
 * otherwise later through the customer-service API (WeChat has been answered "success" by then).
 */
class WechatInbox implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WechatInbox.class);

    private final DialogEngine engine;
    private final MessageDedup dedup;
    private final CustomerService customerService;
    private final Duration budget;
    private final MessageTranslator translator = new MessageTranslator();
    private final ReplyRenderer renderer = new ReplyRenderer();
    private final Messages msg = new Messages();
    private static final int WORKERS = 32;

    private final ThreadPoolExecutor workers;

    WechatInbox(DialogEngine engine, MessageDedup dedup, CustomerService customerService, Duration budget) {
        this.engine = engine;
        this.dedup = dedup;
        this.customerService = customerService;
        this.budget = budget;
        AtomicInteger n = new AtomicInteger();
        // Core size = maximum: a ThreadPoolExecutor only grows past its core once the queue is full,
        // which Tomcat's request threads never achieve, so a smaller core capped the engine at 4 threads.
        this.workers = new ThreadPoolExecutor(WORKERS, WORKERS, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(512), r -> {
            Thread t = new Thread(r, "wechat-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.workers.allowCoreThreadTimeOut(true);
    }

    /** The text to answer passively, or null to answer "success" (duplicate, no answer, or answered later). */
    String receive(WxMpXmlMessage m) {
        Incoming incoming = translator.translate(m);
        if (!dedup.firstTime(MessageTranslator.dedupKey(m))) {
            log.info("WeChat retry of {} from {} ignored: already taken", MessageTranslator.dedupKey(m), m.getFromUser());
            return null;
        }
        if (incoming instanceof Incoming.Polite polite) {
            return polite.text();
        }
        if (incoming instanceof Incoming.ToEngine toEngine) {
            return answer(toEngine.inbound(), toEngine.answered());
        }
        return null;
    }

    private String answer(Inbound in, boolean answered) {
        CompletableFuture<String> reply;
        try {
            reply = CompletableFuture.supplyAsync(() -> renderer.forChat(engine.handle(in)), workers);
        } catch (RejectedExecutionException e) {
            log.warn("WeChat message from {} refused: all workers busy", in.sender());
            return msg.text("wechat.busy");
        }
        try {
            String text = reply.get(budget.toMillis(), TimeUnit.MILLISECONDS);
            // Nothing to say (a person has the chat): answer "success".
            return answered && text != null && !text.isBlank() ? text : null;
        } catch (TimeoutException e) {
            if (answered) {
                reply.whenComplete((text, failure) -> {
                    if (failure != null) {
                        log.error("The dialog engine failed on a WeChat message from {}", in.sender(), failure);
                    } else {
                        deliverLater(in.sender(), text);
                    }
                });
            }
            return null;
        } catch (ExecutionException e) {
            log.error("The dialog engine failed on a WeChat message from {}", in.sender(), e.getCause());
            return msg.text("wechat.busy");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void deliverLater(String openid, String text) {
        if (text != null && !text.isBlank()) {
            log.info("Answer to {} took longer than {} ms: sent as a customer-service message", openid, budget.toMillis());
            customerService.send(openid, text);
        }
    }

    /** Lets the turns under way finish (their transcripts are written before the database closes). */
    @Override
    public void destroy() throws InterruptedException {
        workers.shutdown();
        if (!workers.awaitTermination(budget.toMillis() + 1_000, TimeUnit.MILLISECONDS)) {
            log.warn("WeChat turns still running at shutdown: {}", workers.getActiveCount());
        }
    }
}
