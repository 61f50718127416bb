package cn.yinling.hotline.console.casesearch;

/** One found case as the list shows it: names and numbers masked, labels in Chinese. */
record CaseRow(long id, String typeLabel, String statusLabel, boolean open, String who, String channelLabel,
        String agentName, String openedAt, String subject) {
}
