package io.clearsky.simulator.text;

import java.util.Locale;

/** Amounts of money written the many ways people and fraudsters write them: 5000元, 5千, ¥5,000.00, 伍仟元. */
final class Money {

    private static final String LOWER = "零一二三四五六七八九";
    private static final String CAPITAL = "零壹贰叁肆伍陆柒捌玖";

    private Money() {}

    /** A plausible amount between min and max: log-uniform, usually rounded as people round. */
    static long amount(Draw draw, long min, long max) {
        if (max <= min) {
            return min;
        }
        double value = Math.exp(Math.log(min) + draw.random().nextDouble() * (Math.log(max) - Math.log(min)));
        double roll = draw.random().nextDouble();
        int significant = roll < 0.55 ? 1 : roll < 0.85 ? 2 : 4;
        long scale = 1;
        while (value / scale >= Math.pow(10, significant)) {
            scale *= 10;
        }
        long rounded = Math.max(1, Math.round(value / scale)) * scale;
        return Math.max(min, Math.min(max, rounded));
    }

    /** An amount in yuan as a Chinese message or notice would write it. */
    static String zh(Draw draw, long yuan) {
        return switch (draw.random().nextInt(12)) {
            case 0, 1, 2 -> yuan + "元";
            case 3 -> yuan + "块";
            case 4 -> "¥" + grouped(yuan) + ".00";
            case 5 -> "￥" + yuan;
            case 6 -> short10k(yuan) + (draw.random().nextBoolean() ? "元" : "");
            case 7 -> chinese(yuan, false) + (draw.random().nextBoolean() ? "元" : "块钱");
            case 8 ->
                yuan % 100 == 0 ? chinese(yuan, true) + "元" + (draw.random().nextBoolean() ? "整" : "") : yuan + "元";
            case 9 -> draw.random().nextBoolean() ? yuan + "RMB" : "RMB" + yuan;
            case 10 -> grouped(yuan) + "元";
            default -> yuan + "块钱";
        };
    }

    /** A total loss as a victim tells it: "3万多", "两千多块", "将近5万", "12000元左右". */
    static String zhLoss(Draw draw, long yuan) {
        String base = draw.random().nextInt(3) == 0 ? zh(draw, yuan) : colloquial(yuan);
        if (base.contains("多")) {
            return base;
        }
        return switch (draw.random().nextInt(7)) {
            case 0 -> Character.isDigit(base.charAt(base.length() - 1)) ? base + "元" : base;
            case 1 -> "将近" + base;
            case 2 -> base + "左右";
            default -> base;
        };
    }

    private static String colloquial(long yuan) {
        String head;
        if (yuan >= 10_000) {
            long wan = yuan / 10_000;
            long rest = (yuan % 10_000) / 1000;
            head = wan + "万" + (rest > 0 && yuan % 1000 == 0 ? String.valueOf(rest) : "");
        } else if (yuan >= 1000) {
            head = (yuan / 1000 == 2 ? "两" : String.valueOf(yuan / 1000)) + "千";
        } else {
            head = yuan + "";
        }
        boolean exact = yuan >= 10_000 ? yuan % 1000 == 0 : yuan >= 1000 ? yuan % 1000 == 0 : true;
        return head + (exact ? "" : "多") + (yuan % 3 == 0 ? "块" : "元");
    }

    private static String short10k(long yuan) {
        if (yuan >= 10_000) {
            double wan = yuan / 10_000.0;
            return (wan == Math.rint(wan) ? String.valueOf((long) wan) : trim(String.format(Locale.ROOT, "%.2f", wan)))
                    + "万";
        }
        if (yuan >= 1000 && yuan % 100 == 0) {
            double k = yuan / 1000.0;
            return (k == Math.rint(k) ? String.valueOf((long) k) : trim(String.format(Locale.ROOT, "%.1f", k))) + "千";
        }
        return String.valueOf(yuan);
    }

    private static String trim(String decimal) {
        String out = decimal;
        while (out.endsWith("0")) {
            out = out.substring(0, out.length() - 1);
        }
        return out.endsWith(".") ? out.substring(0, out.length() - 1) : out;
    }

    static String grouped(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** An amount in English texts, in the one currency style the text uses: $500, £1,250.00, 5000 yuan, RMB 5,000. */
    static String en(Draw draw, long value) {
        String style = draw.slot("currency");
        boolean cents = draw.random().nextInt(5) == 0;
        String number = draw.random().nextInt(4) == 0 ? String.valueOf(value) : grouped(value);
        return switch (style) {
            case "£", "$", "¥" -> style + number + (cents ? ".00" : "");
            case "yuan" -> number + " yuan";
            default -> style + " " + number;
        };
    }

    /** A number in Chinese characters, up to 99,999,999; capital digits (壹贰叁) as on cheques and bank notices. */
    static String chinese(long value, boolean capital) {
        if (value <= 0 || value > 99_999_999) {
            return String.valueOf(value);
        }
        String digits = capital ? CAPITAL : LOWER;
        String units = capital ? "拾佰仟" : "十百千";
        StringBuilder out = new StringBuilder();
        long high = value / 10_000;
        long low = value % 10_000;
        if (high > 0) {
            section(out, high, digits, units);
            out.append(capital ? "万" : "万");
            if (low > 0 && low < 1000) {
                out.append(digits.charAt(0));
            }
        }
        if (low > 0) {
            section(out, low, digits, units);
        }
        String text = out.toString();
        if (!capital) {
            if (text.startsWith("一十")) {
                text = text.substring(1);
            }
            if (text.startsWith("二千") || text.startsWith("二万")) {
                text = "两" + text.substring(1);
            }
        }
        return text;
    }

    private static void section(StringBuilder out, long value, String digits, String units) {
        boolean zero = false;
        boolean started = false;
        for (int power = 3; power >= 0; power--) {
            int digit = (int) (value / (long) Math.pow(10, power) % 10);
            if (digit == 0) {
                zero = started;
                continue;
            }
            if (zero) {
                out.append(digits.charAt(0));
                zero = false;
            }
            out.append(digits.charAt(digit));
            if (power > 0) {
                out.append(units.charAt(power - 1));
            }
            started = true;
        }
    }
}
