package io.clearsky.server.reports;

/** Where a report stands, as its reporter sees it on the receipt. */
public enum ReportStatus {
    RECEIVED("已受理", "Received"),
    OPEN("已立案", "Case opened"),
    INVESTIGATING("侦查中", "Under investigation"),
    SOLVED("已破案", "Solved"),
    CLOSED("已结案", "Closed");

    private final String nameZh;
    private final String nameEn;

    ReportStatus(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
