package cn.yinling.hotline.bot.nlu.slots;

import java.util.Map;

/**
 * Speech-recogniser mishearings of service words, corrected before matching. Each wrong word maps
 * to the right one of the same length, so offsets stay valid. Add a pair when a new mishearing
 * shows up in call logs; keep only pairs that cannot mean anything else on a care hotline.
 */
final class AsrHomophones {

    private static final Map<String, String> CORRECTIONS = Map.ofEntries(
            Map.entry("主浴", "助浴"), Map.entry("住浴", "助浴"), Map.entry("注浴", "助浴"), Map.entry("祝浴", "助浴"),
            Map.entry("主餐", "助餐"), Map.entry("住餐", "助餐"), Map.entry("注餐", "助餐"),
            Map.entry("赔诊", "陪诊"), Map.entry("陪珍", "陪诊"), Map.entry("培诊", "陪诊"),
            Map.entry("赔聊", "陪聊"), Map.entry("培聊", "陪聊"),
            Map.entry("梳通", "疏通"), Map.entry("输通", "疏通"),
            Map.entry("保结", "保洁"), Map.entry("里发", "理发"), Map.entry("剃投", "剃头"), Map.entry("洗早", "洗澡"),
            Map.entry("雪压", "血压"), Map.entry("雪糖", "血糖"), Map.entry("康付", "康复"), Map.entry("按魔", "按摩"),
            Map.entry("取要", "取药"), Map.entry("拿要", "拿药"));

    private AsrHomophones() {
    }

    static String correct(String text) {
        String out = text;
        for (Map.Entry<String, String> e : CORRECTIONS.entrySet()) {
            if (out.contains(e.getKey())) {
                out = out.replace(e.getKey(), e.getValue());
            }
        }
        return out;
    }
}
