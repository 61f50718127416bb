package cn.yinling.hotline.bot.nlu.slots;

/**
 * Maps an utterance to a canonical form <em>one char for one char</em>, so that an offset found in
 * the normalised text is also an offset in the original: full-width ASCII becomes half-width
 * (１５号 → 15号, ：→ :), the ideographic space a space, and the traditional characters that typed
 * messages use in dates, times, services and complaints become simplified (週→周, 後→后, 禮→礼,
 * 號→号, 點→点…). Extractors match on the normalised text and cut the literal phrase from the
 * original. Stateless, thread-safe.
 */
public final class CharNormalizer {

    /** Pairs of traditional → simplified characters (only the ones that matter for slots). */
    private static final String PAIRS = "週周後后禮礼號号點点鐘钟時时間间這这個个兩两來来還还沒没現现約约預预"
            + "幫帮媽妈給给滿满評评態态質质錢钱費费遲迟電电機机熱热線线單单錯错對对調调換换請请問问嗎吗"
            + "淨净乾干髒脏壞坏丟丢罵骂難难聽听轉转門门們们裡里務务區区節节訴诉額额診诊護护醫医療疗復复"
            + "掃扫衛卫飯饭買买藥药髮发頭头檢检體体壓压說说話话見见實实為为從从開开關关長长師师導导潔洁"
            + "燒烧馬马幾几與与訂订銷销爺爷園园讓让應应該该麼么樣样員员邊边業业雙双顆颗無无煩烦發发報报"
            + "樓楼鄰邻舊旧價价貴贵剛刚餘余補补貼贴謝谢聯联經经寫写辦办處处緊紧嚴严歡欢隨随兒儿塊块氣气"
            + "衝冲傷伤鐲镯櫃柜盜盗騙骗錶表賣卖維维視视測测訓训練练檔档囑嘱權权購购顧顾託托準准備备"
            + "歲岁車车裝装碼码鬧闹傢家爛烂鹹咸涼凉壺壶淺浅過过";

    private static final char[] TABLE = buildTable();

    private CharNormalizer() {
    }

    /** Same length as the input, never null. */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char[] out = new char[text.length()];
        for (int i = 0; i < text.length(); i++) {
            out[i] = map(text.charAt(i));
        }
        return new String(out);
    }

    private static char map(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        if (c == '\u3000') {
            return ' ';
        }
        char simple = TABLE[c];
        return simple == 0 ? c : simple;
    }

    private static char[] buildTable() {
        if (PAIRS.length() % 2 != 0) {
            throw new IllegalStateException("Traditional/simplified pairs are not pairs");
        }
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int i = 0; i < PAIRS.length(); i += 2) {
            table[PAIRS.charAt(i)] = PAIRS.charAt(i + 1);
        }
        return table;
    }
}
