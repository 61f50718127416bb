package cn.yinling.hotline.bot.nlu;

/** Text → intent. Thread-safe: one instance serves every conversation. */
public interface IntentClassifier {

    IntentPrediction classify(String text);
}
