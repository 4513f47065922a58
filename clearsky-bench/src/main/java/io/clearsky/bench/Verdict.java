package io.clearsky.bench;

/** What a row says about its target. */
enum Verdict {
    MET("met"),
    MISSED("missed"),
    NO_TARGET("no target"),
    TARGET_AT_FULL_SIZE("target is for full size"),
    NOT_MEASURED("not measured");

    private final String text;

    Verdict(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }
}
