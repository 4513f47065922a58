package io.clearsky.simulator.text;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The making of one text: its random stream and the slot values drawn so far, so that a name or an amount said
 * twice in a text is the same both times.
 */
final class Draw {

    private final SplittableRandom random;
    private final Map<String, Function<Draw, String>> slots;
    private final Map<String, String> values = new HashMap<>();
    private long largestAmount;
    private long ceiling = Long.MAX_VALUE;

    Draw(SplittableRandom random, Map<String, Function<Draw, String>> slots) {
        this.random = random;
        this.slots = slots;
    }

    /** Fixes a slot's value before the text is written. */
    void preset(String name, String value) {
        values.put(name, value);
    }

    /** Caps every payment the text mentions, when its total is given from outside. */
    void ceiling(long value) {
        ceiling = value;
    }

    long ceiling() {
        return ceiling;
    }

    SplittableRandom random() {
        return random;
    }

    /** The value of a slot in this text; a trailing digit names a further, independent value of the same slot. */
    String slot(String name) {
        String value = values.get(name);
        if (value == null) {
            String base = name;
            while (!slots.containsKey(base) && !base.isEmpty() && Character.isDigit(base.charAt(base.length() - 1))) {
                base = base.substring(0, base.length() - 1);
            }
            Function<Draw, String> slot = slots.get(base);
            if (slot == null) {
                throw new IllegalArgumentException("no slot '" + base + "'");
            }
            value = slot.apply(this);
            values.put(name, value);
        }
        return value;
    }

    /** Remembers an amount said in the text, so that a total said later is not smaller than a payment before it. */
    long amount(long value) {
        largestAmount = Math.max(largestAmount, value);
        return value;
    }

    long largestAmount() {
        return largestAmount;
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(T[] options) {
        return options[random.nextInt(options.length)];
    }

    String digits(int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }

    String letters(int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append((char) ('a' + random.nextInt(26)));
        }
        return out.toString();
    }
}
