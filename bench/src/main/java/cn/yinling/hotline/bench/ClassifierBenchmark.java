package cn.yinling.hotline.bench;

import cn.yinling.hotline.bot.nlu.IntentClassifier;
import cn.yinling.hotline.bot.nlu.intent.OpenNlpIntentClassifier;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Intent classifications per second, over a mix of short and long, voice and typed utterances. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ClassifierBenchmark {

    private static final List<String> UTTERANCES = List.of(
            "我想预约明天上午的助浴", "还剩几个小时", "帮我妈取消周五的保洁", "我摔倒了起不来", "转人工",
            "你们那个阿姨今天又没来，打电话也不接，太不负责任了", "好的", "不是这个", "服务券下个月还能用吗",
            "谢谢再见", "今天天气怎么样", "给上次的理发打五分");

    private IntentClassifier classifier;
    private int next;

    @Setup
    public void load() {
        classifier = new OpenNlpIntentClassifier();
    }

    @Benchmark
    public Object classify() {
        next = (next + 1) % UTTERANCES.size();
        return classifier.classify(UTTERANCES.get(next));
    }
}
