package cn.yinling.hotline.bot.nlu.slots;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kind of grievance in an utterance, by keyword rules that follow the labelling conventions:
 * <ul>
 * <li>{@code hotline}: the hotline or its machine itself (听不懂, 打不通, 一直占线, 转来转去) — unless the
 * caller also asks for a person, which makes it a transfer request, not a complaint;</li>
 * <li>{@code other}: suspected theft or damage, injury, selling (钱不见了, 打碎, 擦破, 弄摔了, 推销);</li>
 * <li>{@code overcharge}: extra money (加钱, 多收, 额外收了…钱, 补交, 找零少了, 记了两小时);</li>
 * <li>{@code no_show}: never came (根本没来, 没人来, 没出现, 等了一整天, 连个影都没有);</li>
 * <li>{@code late}: late but expected (迟到, 还没到, 还在路上, 才到, 又晚了);</li>
 * <li>{@code attitude}: rudeness (态度差, 骂人, 嫌, 不耐烦, 甩脸色, 玩手机);</li>
 * <li>{@code quality}: sloppy or bad work (不干净, 糊弄, 又坏了, 送错, 太硬, 缩水).</li>
 * </ul>
 * The first kind in that order whose cue is present wins (a damaged wall outranks a dirty floor;
 * "还没人来" is lateness, "根本没人来" a no-show). Nothing is returned when the text has no cue, when
 * the caller denies complaining ("不是投诉，就问问…"), asks what would happen ("如果阿姨没来怎么办"),
 * gives praise with a mild remark ("还行，就是有点慢"), or reports an emergency, which is no complaint. A bare "我要投诉" has no kind. The caller decides whether to use the value (a rating with a
 * mild remark is no complaint — see {@link RuleSlotExtractor}). A plain "我要投诉…" with none of the cues
 * is {@code other}, the catch-all kind. Thread-safe (immutable).
 */
public final class ComplaintTypeExtractor {

    private static final String CLAUSE = "[^，。,.!！?？；;]";

    private static final List<Map.Entry<String, CueSet>> CUES = List.of(
            Map.entry("hotline", CueSet.compile(
                    "(机器人?|系统|语音)" + CLAUSE + "{0,10}(听不懂|听不清|听错|不懂|不明白|说不清|答非所问|转不对|不对|再说一遍|绕圈|蠢|傻|笨|烦死|气死|没用|记不住|太长)"
                            + "|(你们|这)[这个的]{0,2}(电话|热线|客服)" + CLAUSE + "{0,10}(听不清|占线|没人接|打不通|没打通|没人回|听不懂|没人管|没人理)"
                            + "|菜单|按了" + CLAUSE + "{0,5}键|转不到|没轮到|轮不到|排队等|(你们|就)给?挂了"
                            + "|打(了|你们)" + CLAUSE + "{0,10}(没人接|占线|打不通|没打通|没人理)"
                            + "|在线" + CLAUSE + "{0,8}没人(回|理)|小程序" + CLAUSE + "{0,6}(没反应|用不了|打不开)"
                            + "|按这个按那个|按不明白|转来转去|一直占线|听不懂人话|听不懂我|只会说|老是断|总是断|断线|挂我电话|转了好几次|让我重复"
                            + "|打不进来|打不进去|接不通|等了" + CLAUSE + "{0,6}没人接|没人接听|破机器|破电话|破热线|破系统|(系统|机器|电话)" + CLAUSE + "{0,3}(太难用|不好用)")),
            Map.entry("other", CueSet.compile(
                    "手脚不干净|乱翻|翻我的|翻东西|擅自|不见了|找不着了|找不到了|被偷|偷了|偷走|偷东西|(钱|手机|首饰|镯子|存折|卡|戒指|项链)" + CLAUSE + "{0,4}丢了"
                            + "|(弄|碰|摔|打|砸|搞|磕|刮|擦|烫|划)(坏|碎|破|伤|掉|摔)|给扔了|扔掉了|钱少了|东西少了|拿走了|顺走|偷拿|不翼而飞|丢东西"
                            + "|门没关|没关门|没锁门|门没锁|煤气没关|火没关|(一直|在|老是|向" + CLAUSE + "{0,3}|给我" + CLAUSE + "{0,2})推销|骗")),
            Map.entry("overcharge", CueSet.compile(
                    "加钱|多收|多要|多算|额外收|收了" + CLAUSE + "{0,10}(钱|块|元|费)|让" + CLAUSE + "{0,3}掏钱|又" + CLAUSE + "{0,3}掏钱|补交|上门费|乱收费|(给他|要|收)现金|找零少|少找"
                            + "|记了" + CLAUSE + "{0,3}(小时|钟头)|收了两次|收两次|重复收|收了双份|不走单|多扣|乱扣|扣多了|多记|多给了|多给" + CLAUSE + "{0,3}(块|元|钱)|贵多了|比[^，。,]{0,6}说的贵|算了" + CLAUSE + "{0,3}(两|三|四|俩)个?(小时|钟头)|乱收|要小费|小费|红包"
                            + "|另外收|还要收|还收了|额外(要|加|收)了|收贵了|比说好的贵|多付|不该收|账不对|要辛苦费")),
            Map.entry("no_show", CueSet.compile(
                    "(?<!还)(没人来|没来人|没人去|没人上门|没上门|没来过|没出现|没露面)|根本(就)?没(人)?(来|去|到)|又没来|人没来"
                            + "|连个影|人影都没|影子都没|等于没来|放鸽子|放我鸽子|爽约|白等|等了一(整)?天|等了一(上午|下午)|一直没人联系|都没来"
                            + "|(?<![还也用要别])没(有)?来(?!得及|电话|看)|(?<![用要别])不来了|没派人|没安排人|没见人|没见到人|没等到|等不到人")),
            Map.entry("late", CueSet.compile(
                    "(?<![推别不没要])迟到|还没到|还没来|还没人来|不见人影|还在路上|才到|才来|又晚了|来晚了|晚到|来得" + CLAUSE + "{0,2}晚"
                            + "|晚了" + CLAUSE + "{0,3}(小时|分钟|钟头)|马上到|快了快了|堵车|还不来|还不到|也没到|也没来|一直没到|等了" + CLAUSE + "{0,6}(分钟|小时|钟头)"
                            + "|迟迟|送晚|送得" + CLAUSE + "{0,2}晚|送迟|时间都过了|过了时间|超时|晚来|迟来|晚点到|没按时|不准时|不按时|拖到" + CLAUSE + "{0,6}才|过了" + CLAUSE + "{0,6}(还没|才)|等了好久|等了半天")),
            Map.entry("attitude", CueSet.compile(
                    "态度" + CLAUSE + "{0,3}(差|不好|恶劣|冷|蛮横|问题|不行|坏)|什么态度|大呼小叫|嫌|难听|脾气|爱答不理|爱理不理|不理人|玩手机|看手机|骂|甩脸|脸色|不耐烦|刻薄"
                            + "|(说话|讲话)" + CLAUSE + "{0,3}(冲|凶)|太冲|凶|吼|翻白眼|跟我吵|和我吵|吵架|冷冰冰|冷淡"
                            + "|扔在|扔下|不尊重|没礼貌|不礼貌|看不起|瞧不起|不搭理|爱搭不理|不理不睬|不理睬|没耐心|不耐心|粗鲁|粗暴|阴阳怪气"
                            + "|摆架子|不客气|训我|训斥|嚷|瞪|讽刺|挖苦|不友好|没好脸|拉着脸|黑着脸|板着脸|冷着脸|不情愿|数落|嘟囔")),
            Map.entry("quality", CueSet.compile(
                    "不干净|没" + CLAUSE + "{0,3}干净|糊弄|敷衍|马虎|狗啃|难吃|没法吃|不好吃|太咸|咸得|凉了|没洗|(修|通|弄|做|洗)完" + CLAUSE + "{0,6}又(坏|堵|漏)|第二天又|没几天又"
                            + "|烂的|烂了|不新鲜|没干完|没做完|没弄完|干了一半|手法不|更疼|更痛|送错|拿错|买错|弄错|少了一"
                            + "|缩水|水印|太硬|咬不动|根本没动|就走了|走过场|不专业|质量|偷工减料|不认真|没效果|比不" + CLAUSE + "{0,3}还"
                            + "|白花钱|剪坏|剪歪|没(修|弄|做|通|洗|扫|擦|拖)好|修不好|还是(坏|堵|漏|脏|不(制冷|制热|行|好|亮|转|通|出水|干净|会))|修了" + CLAUSE + "{0,3}次|(齁|很|好|特别|太)咸|说了" + CLAUSE + "{0,4}不改|没扎进|扎了" + CLAUSE + "{0,3}针|太差|很差|(做|干|弄|洗|剪|修)得" + CLAUSE + "{0,2}差"
                            + "|偷懒|磨洋工|应付|草草|随便弄|没按要求|越修越|是凉的|都是凉的|太短|太烫|弄疼|不到位|不仔细|粗心|脏兮兮|(弄|剪|搞|收拾|打扫|做|洗)得" + CLAUSE + "{0,3}(乱七八糟|一团糟|一塌糊涂|不像样)"
                            + "|满地都是|全是水|全是灰|冷的|馊|变质|发霉|太慢|磨磨蹭蹭|磨蹭|不会(做|弄|修|剪|洗)|没做满|没干满|提前走了|早退")));

    /** "如果阿姨没来怎么办": a question about what would happen is no grievance. */
    private static final CueSet HYPOTHETICAL = CueSet.compile("如果|要是|万一|假如|假设");
    /** "服务还行，就是来得有点晚": praise with a mild remark is feedback, not a complaint. */
    private static final CueSet MILD_REMARK = CueSet.compile(
            "(还行|还可以|挺好|不错|蛮好|都好|满意|很好)[^。!！?？]{0,10}(就是|只是|不过)");
    /** An explicit complaint with no recognisable cue ("我要投诉上回来的那个师傅") is {@code other}. */
    private static final CueSet COMPLAINS = CueSet.compile("投诉|反映问题|告你们|举报");
    private static final CueSet DENIES_COMPLAINING = CueSet.compile("(不是|没|没有|不|没打算|不想|并不是)(要|想|来|在)?投诉");
    private static final CueSet ASKS_FOR_A_PERSON = CueSet.compile(
            "转人工|人工|真人|活人|换人|换个人|转个人|叫个人|叫人|接线员|找客服|叫个?客服|要客服|工作人员|跟人(说|讲)|转人");
    private static final CueSet EMERGENCY = CueSet.compile(
            "救命|害怕|烫伤|烧伤|割伤|骨折|急救|救护车|快派人|(?<!半)(一|两|三|四|五|几|[0-9]{1,2})天" + CLAUSE + "{0,3}没人接|没接电话|不接电话|摔倒|跌倒|摔了一跤|起不来|爬不起来|胸口|心口|喘不|晕倒|昏倒|昏过去|着火|冒烟|煤气味|燃气味|中风|吐血"
                    + "|流血|抽搐|撬|闯进|叫不醒|心脏病|联系不上");

    /** "把我胳膊擦破了", "被他弄伤了": an injury someone caused is a complaint, not only an emergency. */
    private static final CueSet BLAMES_SOMEONE = CueSet.compile("把我|把老人|把我[妈爸奶爷外]|被(他|她|阿姨|师傅|护工)|给我弄");

    public Optional<String> extract(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return extractNormalized(CharNormalizer.normalize(text));
    }

    /** The same as {@link #extract} for text already {@linkplain CharNormalizer#normalize normalised}. */
    Optional<String> extractNormalized(String normalized) {
        if (normalized.isBlank()) {
            return Optional.empty();
        }
        String t = normalized.replace("投速", "投诉");
        if (DENIES_COMPLAINING.foundIn(t) || HYPOTHETICAL.foundIn(t) || MILD_REMARK.foundIn(t)
                || EMERGENCY.foundIn(t) && !BLAMES_SOMEONE.foundIn(t)) {
            return Optional.empty();
        }
        for (Map.Entry<String, CueSet> cue : CUES) {
            if (cue.getValue().foundIn(t)) {
                if (cue.getKey().equals("hotline") && ASKS_FOR_A_PERSON.foundIn(t)) {
                    continue;
                }
                return Optional.of(cue.getKey());
            }
        }
        return COMPLAINS.foundIn(t) ? Optional.of("other") : Optional.empty();
    }
}
