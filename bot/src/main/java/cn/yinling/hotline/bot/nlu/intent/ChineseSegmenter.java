package cn.yinling.hotline.bot.nlu.intent;

import com.huaban.analysis.jieba.JiebaSegmenter;
import com.huaban.analysis.jieba.SegToken;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Word segmentation with jieba in {@link JiebaSegmenter.SegMode#SEARCH} mode (keeps 助浴, 人工,
 * 预约 as words). Jieba's dictionary is a per-JVM singleton that takes one to two seconds to load
 * the first time (350,000 words); {@link #preloadInBackground()} starts that early. The segmenter
 * is read-only after loading and safe to share between threads.
 */
public final class ChineseSegmenter {

    private ChineseSegmenter() {
    }

    private static final class Holder {
        static final JiebaSegmenter SEGMENTER = new JiebaSegmenter();
    }

    private static final AtomicBoolean PRELOAD_STARTED = new AtomicBoolean();

    /** Loads jieba's dictionary now (blocking) if it is not loaded yet. */
    public static void preload() {
        Holder.SEGMENTER.hashCode();
    }

    /**
     * Starts loading jieba's dictionary on a daemon thread (once per JVM) and returns at once;
     * a {@link #segment} call made meanwhile waits for the load to finish.
     */
    public static void preloadInBackground() {
        if (PRELOAD_STARTED.compareAndSet(false, true)) {
            Thread loader = new Thread(ChineseSegmenter::preload, "jieba-dictionary-loader");
            loader.setDaemon(true);
            loader.start();
        }
    }

    /** Words of an already {@linkplain TextNormalizer#normalize normalised} text, without spaces. */
    public static List<String> segment(String normalized) {
        if (normalized == null || normalized.isBlank()) {
            return List.of();
        }
        List<SegToken> tokens = Holder.SEGMENTER.process(normalized, JiebaSegmenter.SegMode.SEARCH);
        List<String> words = new ArrayList<>(tokens.size());
        for (SegToken token : tokens) {
            String word = token.word.strip();
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
