package io.clearsky.simulator;

import java.util.Locale;
import java.util.SplittableRandom;

/** How people write down what a fraudster used: formats vary, a digit slips, half an account is forgotten. */
final class Noise {

    private Noise() {}

    /**
     * A phone number as a reporter might type it: "+86 138-0013-8000", "0086 13800138000", "138 0013 8000"…; with
     * probability {@code digitError} one of its last eight digits is wrong.
     */
    static String phone(SplittableRandom random, String number, double digitError) {
        String digits = number.startsWith("+86") ? number.substring(3) : number;
        if (digits.length() == 11 && random.nextDouble() < digitError) {
            char[] chars = digits.toCharArray();
            int at = 3 + random.nextInt(8);
            chars[at] = (char) ('0' + (chars[at] - '0' + 1 + random.nextInt(9)) % 10);
            digits = new String(chars);
        }
        if (digits.length() != 11) {
            return digits;
        }
        String a = digits.substring(0, 3);
        String b = digits.substring(3, 7);
        String c = digits.substring(7);
        return switch (random.nextInt(7)) {
            case 0 -> "+86 " + a + "-" + b + "-" + c;
            case 1 -> "0086 " + digits;
            case 2 -> a + " " + b + " " + c;
            case 3 -> "86" + digits;
            case 4 -> "(+86)" + a + "-" + b + "-" + c;
            default -> digits;
        };
    }

    /** A chat account as written: sometimes the platform's Chinese name or upper case. */
    static String chat(SplittableRandom random, String account) {
        int colon = account.indexOf(':');
        String platform = account.substring(0, colon);
        String id = account.substring(colon + 1);
        return switch (random.nextInt(3)) {
            case 0 -> platform.toUpperCase(Locale.ROOT) + ":" + id;
            case 1 -> (platform.equals("qq") ? "QQ" : "微信") + ":" + id;
            default -> account;
        };
    }

    /**
     * A payment account or bank card as written; with probability {@code halfRemembered} only its start is given
     * and the rest masked, as people copy it off a partial screenshot.
     */
    static String account(SplittableRandom random, String account, double halfRemembered) {
        boolean half = random.nextDouble() < halfRemembered;
        if (account.startsWith("alipay:")) {
            String id = account.substring("alipay:".length());
            String prefix = random.nextBoolean() ? "支付宝:" : "alipay:";
            return prefix + (half ? id.substring(0, 8) + "****" : id);
        }
        if (half) {
            return account.substring(0, 6) + " **** **** " + account.substring(account.length() - 4);
        }
        if (random.nextBoolean()) {
            StringBuilder grouped = new StringBuilder();
            for (int i = 0; i < account.length(); i += 4) {
                if (i > 0) {
                    grouped.append(' ');
                }
                grouped.append(account, i, Math.min(account.length(), i + 4));
            }
            return grouped.toString();
        }
        return account;
    }

    /** A link as pasted or retyped: with or without its scheme. */
    static String url(SplittableRandom random, String url) {
        return random.nextBoolean() ? url : url.substring(url.indexOf("://") + 3);
    }
}
