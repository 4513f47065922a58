package io.clearsky.core.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The features the scam-text model weighs in a text: Chinese character n-grams (pairs and triples, so no word
 * segmenter is needed), English words and word pairs, and a few shapes — a link and its top-level domain, numbers by
 * length, a currency sign, a 【signature】, emoji, the text's length and script.
 */
final class TextFeatures {

    // Shape features are bracketed with ⟨⟩ so that no word or n-gram of a text can be mistaken for one.
    static final String LINK = "⟨link⟩";
    static final String CURRENCY = "⟨currency⟩";
    static final String SIGNATURE = "⟨signature⟩";
    static final String EMOJI = "⟨emoji⟩";
    static final String CHINESE = "⟨zh⟩";
    static final String ENGLISH = "⟨en⟩";
    private static final String[] LENGTHS = {"⟨len:short⟩", "⟨len:medium⟩", "⟨len:long⟩"};
    // digit runs by length: 1-2 a day or a count, 3-4 an amount or a code, 5-6 a code or an amount, 7-8 a landline,
    // 9-12 a mobile or a service number, 13 and more a card or an id
    private static final String[] NUMBERS = {
        "⟨num:1-2⟩", "⟨num:3-4⟩", "⟨num:5-6⟩", "⟨num:7-8⟩", "⟨num:9-12⟩", "⟨num:13+⟩"
    };

    // A link: a scheme or www, or a bare host ending in a common top-level domain. Chinese punctuation ends it.
    private static final Pattern URL =
            Pattern.compile("(?:https?://|www\\.)[^\\s\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]+"
                    + "|(?<![a-z0-9.-])[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(com|cn|net|org|top|xyz|vip|cc|me|io|info|club|shop|site"
                    + "|online|app|ly|co|uk|hk|tk|ink|icu|work|live|fun|wang|ltd)\\b(?:/[\\x21-\\x7e]*)?");
    private static final Pattern TLD = Pattern.compile("\\.([a-z]{2,6})(?=[/:?#]|$)");

    private TextFeatures() {}

    /** The features of a text, in order of appearance, repeated as often as they occur. */
    public static String[] of(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>(Math.min(1024, 3 * s.length() + 8));
        char[] chars = s.toCharArray();
        if (s.indexOf('.') >= 0 || s.indexOf(':') >= 0) {
            links(s, chars, out);
        }
        StringBuilder han = new StringBuilder(64);
        String previousWord = null;
        boolean anyHan = false;
        boolean emoji = false;
        int i = 0;
        while (i < chars.length) {
            char c = chars[i];
            if (isHan(c)) {
                han.append(c);
                anyHan = true;
                i++;
                // a run goes on across spaces and separators between two characters: 刷 单 and 兼-职 read as 刷单, 兼职
                int j = i;
                while (j < chars.length && isSeparator(chars[j])) {
                    j++;
                }
                if (j > i && j < chars.length && isHan(chars[j])) {
                    i = j;
                }
                continue;
            }
            if (han.length() > 0) {
                grams(han, out);
                han.setLength(0);
            }
            if (c >= 'a' && c <= 'z') {
                int start = i;
                while (i < chars.length && ((chars[i] >= 'a' && chars[i] <= 'z') || chars[i] == '\'')) {
                    i++;
                }
                String word = new String(chars, start, i - start);
                out.add(word);
                if (previousWord != null) {
                    out.add(previousWord + ' ' + word);
                }
                previousWord = word;
                continue;
            }
            if (c >= '0' && c <= '9') {
                int digits = 0;
                while (i < chars.length
                        && (isDigit(chars[i]) || chars[i] == ',' && i + 1 < chars.length && isDigit(chars[i + 1]))) {
                    if (chars[i] != ',') {
                        digits++;
                    }
                    i++;
                }
                out.add(NUMBERS[numberBucket(digits)]);
                continue;
            }
            if (c == '¥' || c == '$' || c == '£' || c == '€' || c == '￥') {
                out.add(CURRENCY);
            } else if (c == '【' || c == '〖' || c == '[') {
                out.add(SIGNATURE);
            } else if (Character.isSurrogate(c) || (c >= '\u2600' && c <= '\u27bf')) {
                emoji = true;
            }
            if (c == '.' || c == '!' || c == '?' || c == '。' || c == '！' || c == '？' || c == '\n') {
                previousWord = null;
            }
            i++;
        }
        if (han.length() > 0) {
            grams(han, out);
        }
        if (emoji) {
            out.add(EMOJI);
        }
        out.add(anyHan ? CHINESE : ENGLISH);
        out.add(LENGTHS[s.length() < 24 ? 0 : s.length() < 140 ? 1 : 2]);
        return out.toArray(String[]::new);
    }

    /** A feature as a person reads it, for the list of what weighed most. */
    public static String describe(String feature) {
        if (!feature.startsWith("⟨")) {
            return feature;
        }
        return switch (feature) {
            case LINK -> "a link";
            case CURRENCY -> "a currency sign";
            case SIGNATURE -> "a 【signature】";
            case EMOJI -> "emoji";
            case CHINESE -> "Chinese text";
            case ENGLISH -> "English text";
            case "⟨len:short⟩" -> "a short text";
            case "⟨len:medium⟩" -> "a text of medium length";
            case "⟨len:long⟩" -> "a long text";
            default -> {
                if (feature.startsWith("⟨tld:")) {
                    yield "a ." + feature.substring(5, feature.length() - 1) + " link";
                }
                if (feature.startsWith("⟨num:")) {
                    yield "a " + feature.substring(5, feature.length() - 1) + "-digit number";
                }
                yield feature.substring(1, feature.length() - 1);
            }
        };
    }

    // Blanks each link out of the text (so its letters are not read as words) and adds the link and its domain.
    private static void links(String s, char[] chars, List<String> out) {
        Matcher m = URL.matcher(s);
        while (m.find()) {
            out.add(LINK);
            String link = m.group();
            int schemeEnd = link.indexOf("://");
            String rest = schemeEnd >= 0 ? link.substring(schemeEnd + 3) : link;
            int slash = rest.indexOf('/');
            String host = slash >= 0 ? rest.substring(0, slash) : rest;
            Matcher tld = TLD.matcher(host);
            String last = null;
            while (tld.find()) {
                last = tld.group(1);
            }
            if (last != null) {
                out.add("⟨tld:" + last + "⟩");
            }
            for (int k = m.start(); k < m.end(); k++) {
                chars[k] = ' ';
            }
        }
    }

    private static void grams(CharSequence run, List<String> out) {
        String text = run.toString();
        int n = text.length();
        if (n == 1) {
            out.add(text);
            return;
        }
        for (int k = 0; k < n; k++) {
            if (k + 2 <= n) {
                out.add(text.substring(k, k + 2));
            }
            if (k + 3 <= n) {
                out.add(text.substring(k, k + 3));
            }
        }
    }

    private static int numberBucket(int digits) {
        if (digits <= 2) {
            return 0;
        }
        if (digits <= 4) {
            return 1;
        }
        if (digits <= 6) {
            return 2;
        }
        if (digits <= 8) {
            return 3;
        }
        return digits <= 12 ? 4 : 5;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isHan(char c) {
        return (c >= '\u4e00' && c <= '\u9fff') || (c >= '\u3400' && c <= '\u4dbf') || (c >= '\uf900' && c <= '\ufaff');
    }

    private static boolean isSeparator(char c) {
        return c == ' '
                || c == '-'
                || c == '_'
                || c == '*'
                || c == '·'
                || c == '.'
                || c == '|'
                || c == '/'
                || c == '\u3000'
                || c == '~';
    }
}
