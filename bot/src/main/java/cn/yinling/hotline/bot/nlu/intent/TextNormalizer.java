package cn.yinling.hotline.bot.nlu.intent;

import cn.yinling.hotline.bot.nlu.slots.SpacedCharacters;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings typed and recognised text to one canonical form before segmentation and feature
 * extraction, so that training and classification see the same strings.
 *
 * <ol>
 * <li>A few emoji that carry a meaning in chat (👍 👎 ✅ ❌ 👋 🙏 ⭐ ★; data in {@code nlu/typed-signs.tsv})
 * become the word they stand for;</li>
 * <li>Unicode NFKC: full-width letters, digits and punctuation become half-width; text spaced one
 * character at a time is joined ({@link SpacedCharacters});</li>
 * <li>frequent traditional characters become simplified ones (a built-in table of about 750
 * characters that are unambiguous in the hotline's domain), then any traditional text left is
 * converted with OpenCC's phrase tables ({@link ScriptConverter});</li>
 * <li>Latin letters are lower-cased;</li>
 * <li>everything that is neither a letter nor a digit (punctuation, symbols, other emoji,
 * variation selectors, joiners) becomes a space; runs of spaces collapse; the result is
 * trimmed;</li>
 * <li>regional words become Mandarin ({@link DialectLexicon}, data in {@code nlu/dialect-words.tsv});</li>
 * <li>fillers of speech and voice-to-text (嗯, 呃, 那个, 就是 at a clause's start) are dropped
 * ({@link Fillers}, data in {@code nlu/fillers.txt}).</li>
 * </ol>
 *
 * Stateless and thread-safe.
 */
public final class TextNormalizer {

    /**
     * Traditional → simplified pairs: each traditional character is immediately followed by its
     * simplified form. Only characters that are not themselves in common simplified use.
     */
    private static final String TRADITIONAL_SIMPLIFIED_PAIRS = ""
            + "約约預预時时後后週周禮礼號号謝谢這这個个們们說说話话幫帮媽妈爺爷餘余還还"
            + "請请問问嗎吗麼么沒没會会來来過过對对東东車车長长開开關关門门間间見见現现"
            + "電电頭头醫医藥药療疗護护務务師师費费錢钱補补貼贴單单銷销變变換换轉转辦办"
            + "歲岁區区縣县鄉乡鎮镇養养愛爱親亲診诊檢检體体濕湿髮发發发飯饭買买賣卖價价"
            + "態态遲迟騙骗壞坏罵骂兇凶氣气難难聽听讓让試试認认識识記记該该誰谁題题麗丽"
            + "歡欢樂乐學学習习書书寫写讀读語语論论調调課课講讲議议譯译隊队陽阳陰阴險险"
            + "應应歷历壓压廳厅廠厂廣广慶庆廢废實实寶宝嚴严搶抢擔担據据擇择擁拥擊击擠挤"
            + "數数斷断無无舊旧暫暂曬晒條条樣样標标機机權权歸归殘残毀毁漢汉湯汤滿满濟济"
            + "滅灭燈灯爐炉爭争爾尔牆墙獨独獎奖環环產产畫画當当瘋疯癢痒盡尽監监盤盘眾众"
            + "確确礙碍種种穩稳窮穷競竞筆笔節节範范簡简糧粮係系糾纠紀纪紅红級级紙纸紛纷"
            + "細细終终組组結结絕绝給给統统絲丝經经綠绿維维綜综線线練练縮缩總总績绩繼继"
            + "續续罰罚羅罗義义聯联聲声聰聪肅肃腦脑腳脚膽胆臉脸臨临與与興兴舉举藝艺莊庄"
            + "華华萬万葉叶著着蘇苏蘭兰處处蟲虫裝装製制複复襪袜規规視视覺觉觀观訂订計计"
            + "討讨訓训訪访設设許许評评詞词詢询詳详誤误諒谅談谈證证豐丰貝贝負负財财貨货"
            + "質质購购貴贵賬账賠赔賺赚贈赠趕赶跡迹躍跃軍军軟软較较載载輕轻輛辆輸输農农"
            + "連连進进遠远適适遞递選选遺遗邊边郵邮鄰邻釋释針针鈔钞鈴铃銀银鋪铺錄录錯错"
            + "鍵键鍋锅鎖锁鐘钟鐵铁閉闭閒闲閱阅闆板陳陈陸陆隨随隱隐雙双雞鸡離离雲云靜静"
            + "韓韩頁页順顺須须領领頻频顏颜願愿類类顧顾風风飛飞飲饮飽饱餓饿館馆馬马駕驾"
            + "驗验騎骑髒脏鬆松魚鱼鳥鸟鹽盐麥麦黃黄點点齊齐齒齿齡龄龍龙為为從从備备傳传"
            + "億亿優优儲储兒儿內内兩两冊册凍冻則则剛刚創创劃划劇剧劑剂劉刘動动勞劳勢势"
            + "勵励協协卻却參参吳吴員员啟启喚唤嘗尝嚇吓團团園园圍围圖图場场塊块塗涂墊垫"
            + "壺壶夢梦夥伙奪夺奮奋婦妇嬸婶孫孙寧宁寬宽寢寝導导將将專专尋寻層层屬属島岛"
            + "帶带帳帐幣币幾几庫库廁厕張张彈弹強强彎弯彙汇復复徵征慣惯慮虑憂忧憶忆懷怀"
            + "懶懒戀恋戲戏戶户拋抛掃扫掛挂採采揀拣揚扬損损搖摇撥拨擾扰擺摆攜携敗败敵敌"
            + "於于昇升暈晕曆历棄弃極极樓楼橋桥檔档櫃柜殺杀殼壳決决況况淚泪淨净淺浅渾浑"
            + "溝沟溫温滬沪漲涨潔洁澀涩濃浓灑洒灣湾災灾烏乌煉炼煙烟煩烦熱热燒烧營营爛烂"
            + "牽牵狀状狹狭猶犹獲获瑪玛疊叠癒愈皺皱盜盗睜睁碼码磚砖礎础禍祸禿秃稅税稱称"
            + "穀谷窩窝竊窃築筑簽签籃篮籠笼紡纺紮扎網网緊紧緒绪編编緩缓緣缘縫缝繩绳繳缴"
            + "羨羡聖圣聞闻職职脅胁脈脉腎肾膚肤膠胶臟脏艱艰蒼苍蓋盖蔥葱薦荐藍蓝蘋苹虛虚"
            + "蝦虾術术衛卫衝冲裡里裏里褲裤覽览觸触訊讯託托誇夸誌志誘诱諮咨謀谋謠谣譽誉"
            + "讚赞貓猫貸贷賀贺資资賓宾賞赏賴赖趙赵蹤踪軌轨軸轴輔辅輪轮辭辞迴回遊游運运"
            + "達达違违遙遥鄭郑醬酱釣钓鈣钙銅铜鋼钢錶表鍛锻鏡镜閃闪閣阁闊阔闖闯陣阵階阶"
            + "際际隻只雜杂雖虽響响頂顶項项頓顿頸颈額额顯显颱台飄飘餅饼餵喂饞馋駛驶騰腾"
            + "驚惊鬥斗鬧闹鬱郁魯鲁鮮鲜鴨鸭鵝鹅麵面黨党齋斋檯台臺台襯衬誒诶喲哟唄呗嚕噜"
            + "囉啰嘍喽懇恳乾干幹干鍾钟準准瞭了繫系捨舍掙挣攤摊擋挡撐撑擬拟擴扩攔拦攬揽"
            + "撿捡倆俩舖铺痠酸癱瘫瘡疮瘍疡痺痹腫肿嘔呕燙烫傷伤摺折櫥橱廚厨鏟铲潑泼嚐尝"
            + "餚肴燉炖壩坝匯汇滙汇絡络夠够妳你祇只衹只壽寿屆届纔才佈布佔占併并並并僅仅"
            + "儀仪凱凯劍剑勁劲囑嘱壯壮奧奥寵宠尷尴屜屉廂厢廈厦徑径悶闷惡恶惱恼慘惨憐怜"
            + "戰战撫抚攝摄暢畅曉晓樸朴橫横歐欧殯殡濤涛灘滩獸兽癡痴瞞瞒碩硕禱祷粵粤紹绍"
            + "綁绑緻致縱纵繞绕罷罢聳耸膩腻艷艳薑姜蘿萝蔔卜虧亏蠟蜡襖袄詐诈誠诚誕诞詩诗"
            + "謊谎譜谱貧贫販贩貪贪貫贯賤贱賜赐賢贤賽赛贏赢趨趋輩辈轟轰辯辩遜逊醃腌釘钉"
            + "鈕钮鉤钩銳锐鋁铝錦锦鍊链鏈链鑰钥閘闸陝陕霧雾靈灵頗颇頒颁顛颠颳刮飼饲餃饺"
            + "饅馒駁驳騷骚驢驴鬍胡鳳凤鴿鸽鶴鹤鷹鹰黴霉龜龟盃杯祕秘甦苏註注汙污溼湿牀床"
            + "鈎钩衆众噠哒";

    private static final Map<Integer, Integer> TRADITIONAL_TO_SIMPLIFIED = buildTable();

    /** Emoji and signs with a conventional meaning in chat, and the word each stands for; all others are dropped. */
    static final String SIGNS_RESOURCE = "nlu/typed-signs.tsv";

    private static final String[][] MEANINGFUL_SIGNS = loadSigns();

    private TextNormalizer() {
    }

    /** The canonical form of {@code text}; {@code ""} for null, blank or symbol-only input. */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = SpacedCharacters.join(text);
        for (String[] sign : MEANINGFUL_SIGNS) {
            if (s.contains(sign[0])) {
                s = s.replace(sign[0], " " + sign[1] + " ");
            }
        }
        s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                Integer simplified = TRADITIONAL_TO_SIMPLIFIED.get(cp);
                if (simplified != null) {
                    cp = simplified;
                } else if (cp < 0x250) {
                    cp = Character.toLowerCase(cp);
                }
                out.appendCodePoint(cp);
            } else {
                pendingSpace = true;
            }
        }
        return Fillers.standard().drop(DialectLexicon.standard().toMandarin(ScriptConverter.toSimplified(out.toString())));
    }

    /** The simplified form of one traditional character, or the character itself. */
    static int simplify(int codePoint) {
        return TRADITIONAL_TO_SIMPLIFIED.getOrDefault(codePoint, codePoint);
    }

    private static String[][] loadSigns() {
        InputStream in = TextNormalizer.class.getClassLoader().getResourceAsStream(SIGNS_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Sign list not on the classpath: " + SIGNS_RESOURCE);
        }
        List<String[]> signs = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] cols = line.split("\t");
                if (!line.isBlank() && !line.startsWith("#") && cols.length == 2) {
                    signs.add(new String[] {cols[0].strip(), cols[1].strip()});
                } else if (!line.isBlank() && !line.startsWith("#")) {
                    throw new IllegalStateException(SIGNS_RESOURCE + ": needs sign<TAB>word: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return signs.toArray(String[][]::new);
    }

    private static Map<Integer, Integer> buildTable() {
        Map<Integer, Integer> table = new HashMap<>();
        int[] cps = TRADITIONAL_SIMPLIFIED_PAIRS.codePoints().toArray();
        if (cps.length % 2 != 0) {
            throw new IllegalStateException("Traditional/simplified table has an odd length");
        }
        for (int i = 0; i < cps.length; i += 2) {
            if (cps[i] != cps[i + 1]) {
                table.put(cps[i], cps[i + 1]);
            }
        }
        return Map.copyOf(table);
    }
}
