package io.clearsky.simulator.text;

/** The language a generated text is written in. */
public enum TextLanguage {
    ZH,
    EN
}
