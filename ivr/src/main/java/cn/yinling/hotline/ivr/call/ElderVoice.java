package cn.yinling.hotline.ivr.call;

import cn.yinling.hotline.cases.elder.ElderId;

/** Where the prompts for one elder are looked for, from their voice preference (pace, prompt set). */
public interface ElderVoice {

    SoundDirectories directoriesFor(ElderId elder);
}
