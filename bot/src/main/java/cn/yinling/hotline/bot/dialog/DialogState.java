package cn.yinling.hotline.bot.dialog;

import cn.yinling.hotline.bot.reply.Line;
import cn.yinling.hotline.bot.reply.Option;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the engine remembers between two turns of one conversation. Stored as JSON in the
 * session store; plain fields so that the JSON stays readable when debugging a live session.
 */
public class DialogState {

    public Long conversationId;
    public Long elderId;
    public Long familyContactId;
    public boolean identified;
    public int identifyTries;
    /** The phone number an unknown caller gave, checked together with the ID digits that follow. */
    public String claimedPhone;
    public String resumeIntent;
    /** The words of the request that waits for identification, to resume it with its details. */
    public String resumeText;
    /** Family binding answers so far (WeChat): the elder's phone, ID digits and the relation. */
    public String bindingPhone;
    public String bindingLastFour;
    public String bindingRelation;

    public Step step = Step.NONE;
    public String intent;
    public String service;
    public LocalDate date;
    public LocalTime time;
    public LocalTime timeEnd;
    public String requestKey;
    public boolean selfPay;
    public List<Long> bookingIds = new ArrayList<>();
    public Long bookingId;
    public String complaintType;
    public String complaintText;

    /** Set while "您是说现在有危险吗？" waits for its answer (a weak danger cue); null otherwise. */
    public DangerQuestion dangerAsked;

    public int misunderstandings;
    public int noInputs;
    public int turns;
    public boolean handedOver;
    public Long caseId;

    /** What the numbered options of the last reply stand for: key → value. */
    public Map<String, String> optionValues = new LinkedHashMap<>();
    public List<Line> lastLines = new ArrayList<>();
    public List<Option> lastOptions = new ArrayList<>();

    /** Forget the task in progress (after it is done, abandoned or replaced by another). */
    public void clearTask() {
        step = Step.NONE;
        intent = null;
        service = null;
        date = null;
        time = null;
        timeEnd = null;
        requestKey = null;
        selfPay = false;
        bookingIds = new ArrayList<>();
        bookingId = null;
        complaintType = null;
        complaintText = null;
        optionValues = new LinkedHashMap<>();
    }
}
