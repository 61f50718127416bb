package cn.yinling.hotline.console.directory;

import cn.yinling.hotline.cases.elder.ElderFlags;

/** Living situation, flags and health notes; an unticked checkbox is not sent, so a flag is set only when ticked. */
record SituationForm(String living, Boolean sanwu, Boolean dibao, Boolean lowIncome, Boolean priorityVeteran,
        Boolean labourModel, Boolean disabled, String healthNotes) {

    ElderFlags flags() {
        return new ElderFlags(on(sanwu), on(dibao), on(lowIncome), on(priorityVeteran), on(labourModel), on(disabled));
    }

    private static boolean on(Boolean b) {
        return Boolean.TRUE.equals(b);
    }
}
