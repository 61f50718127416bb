package cn.yinling.hotline.bot.nlu.intent;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.bot.nlu.IntentPrediction;
import cn.yinling.hotline.bot.nlu.Intents;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntentModelTrainerTest {

    private static final Path TRAIN = Path.of("src/main/resources/nlu/train.jsonl");

    private static final List<String> PROBES = List.of("我想约后天上午来帮我洗个澡", "不是投诉就是问问还剩几个小时", "救命", "人工服务",
            "给个好评", "把周五的陪诊取消", "能不能往后推一天", "在吗", "拜拜", "嗯", "不要", "服务券怎么领", "今天天气真好",
            "帮我交电费", "阿姨几点到", "送来的饭是凉的", "", "😂");

    @Test
    void trainingTwiceFromTheSameDataGivesIdenticalPredictions() throws Exception {
        List<DocumentSample> samples = IntentModelTrainer.readSamples(TRAIN);
        OpenNlpIntentClassifier first = new OpenNlpIntentClassifier(IntentModelTrainer.train(samples,
                IntentModelTrainer.parameters(), FeatureExtractor.featureGenerators()));
        OpenNlpIntentClassifier second = new OpenNlpIntentClassifier(IntentModelTrainer.train(samples,
                IntentModelTrainer.parameters(), FeatureExtractor.featureGenerators()));
        OpenNlpIntentClassifier shipped = new OpenNlpIntentClassifier();
        for (String probe : PROBES) {
            IntentPrediction a = first.classify(probe);
            assertThat(second.classify(probe)).as(probe).isEqualTo(a);
            // the jar's model was trained by the build from this very file
            assertThat(shipped.classify(probe)).as(probe).isEqualTo(a);
        }
    }

    @Test
    void theTrainingDataHoldsEverySixteenIntentsAndNothingElse() {
        Map<String, Integer> perIntent = new TreeMap<>();
        for (DocumentSample sample : IntentModelTrainer.readSamples(TRAIN)) {
            perIntent.merge(sample.getCategory(), 1, Integer::sum);
        }
        assertThat(perIntent.keySet()).containsExactlyInAnyOrderElementsOf(Intents.ALL);
        assertThat(perIntent.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(80));
    }

    @Test
    void theMainWritesAModelThatLoadsAndClassifies(@TempDir Path dir) throws Exception {
        Path train = dir.resolve("tiny.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            lines.append("{\"text\": \"我想预约助浴\", \"intent\": \"book_service\"}\n");
            lines.append("{\"text\": \"救命我摔倒了\", \"intent\": \"emergency\"}\n");
        }
        Files.writeString(train, lines.toString());
        Path model = dir.resolve("out/intent-model.bin");
        IntentModelTrainer.main(new String[] {train.toString(), model.toString()});
        assertThat(model).exists();
        OpenNlpIntentClassifier classifier = new OpenNlpIntentClassifier(new DoccatModel(model));
        assertThat(classifier.classify("我摔倒了救命").intent()).isEqualTo(Intents.EMERGENCY);

        // and the model survives a serialisation round trip unchanged
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new DoccatModel(model).serialize(bytes);
        OpenNlpIntentClassifier reloaded = new OpenNlpIntentClassifier(new DoccatModel(new ByteArrayInputStream(bytes.toByteArray())));
        assertThat(reloaded.classify("预约助浴")).isEqualTo(classifier.classify("预约助浴"));
    }
}
