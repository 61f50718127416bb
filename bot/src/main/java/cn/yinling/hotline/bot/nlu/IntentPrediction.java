package cn.yinling.hotline.bot.nlu;

import java.util.Map;

/** The classifier's best intent, its probability, and the probability of every label. */
public record IntentPrediction(String intent, double confidence, Map<String, Double> scores) {
}
