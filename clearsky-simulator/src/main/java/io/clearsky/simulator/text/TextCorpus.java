package io.clearsky.simulator.text;

import io.clearsky.core.indicator.ScamType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Labelled scam and ordinary texts in Chinese and English, made from a seed: per scam type and language, messages as
 * received and victims' own accounts written from many scripts; and ordinary messages — codes, bills, chat, marketing,
 * and the anti-fraud warnings, genuine loan offers and refund notices that share a scam's words but are not scams.
 */
public final class TextCorpus {

    // Each text is made from its own random stream, seeded by (seed, stratum, index), so a text does not depend on the
    // texts before it: a family filter skips texts without changing the others, and the order key, drawn from the
    // same seeds, shuffles the filtered corpus exactly as it shuffles the whole one.

    private static final List<Family> FAMILIES = all();
    private static final List<String> IDS = FAMILIES.stream().map(Family::id).toList();
    private static final double ORDINARY_NARRATIVE_SHARE = 0.2;
    private static final long REPORT_PURPOSE = 0x5245504fL;
    private static final java.util.Map<ScamType, List<Family>> REPORT_SCRIPTS = reportScripts();

    private TextCorpus() {}

    /**
     * {@code perClass} texts for each scam type and language, about half messages and half narratives, and
     * {@code 3 * perClass} ordinary texts per language, mostly messages; shuffled. The same seed gives the same list.
     */
    public static List<LabeledText> generate(long seed, int perClass) {
        return generate(seed, perClass, family -> true);
    }

    /** Every family id, in a stable order, for evaluations that hold whole families out of training. */
    public static List<String> families() {
        return IDS;
    }

    /**
     * The texts of {@link #generate(long, int)} whose family the predicate accepts, in the same order: exactly the
     * same texts, so that a corpus split by family is a partition of the whole corpus.
     */
    public static List<LabeledText> generate(long seed, int perClass, Predicate<String> families) {
        if (perClass < 0) {
            throw new IllegalArgumentException("perClass must not be negative: " + perClass);
        }
        List<Keyed> keyed = new ArrayList<>();
        int stratum = 0;
        for (TextLanguage language : TextLanguage.values()) {
            for (ScamType type : ScamType.values()) {
                List<Family> sms = of(type, language, TextForm.SMS);
                List<Family> narratives = of(type, language, TextForm.NARRATIVE);
                for (int i = 0; i < perClass; i++) {
                    TextForm form = i % 2 == 0 ? TextForm.SMS : TextForm.NARRATIVE;
                    add(keyed, seed, stratum, i, form, form == TextForm.SMS ? sms : narratives, families);
                }
                stratum++;
            }
            List<Family> sms = of(null, language, TextForm.SMS);
            List<Family> narratives = of(null, language, TextForm.NARRATIVE);
            for (int i = 0; i < 3 * perClass; i++) {
                TextForm form = (i % 10) < ORDINARY_NARRATIVE_SHARE * 10 ? TextForm.NARRATIVE : TextForm.SMS;
                add(keyed, seed, stratum, i, form, form == TextForm.SMS ? sms : narratives, families);
            }
            stratum++;
        }
        keyed.sort(Comparator.comparingLong(Keyed::order));
        return keyed.stream().map(Keyed::text).toList();
    }

    /**
     * A Chinese victim's account of a scam of the given type for a simulated report: written from one of the type's
     * scripts chosen by the seed, stating {@code lossYuan} as the total (no payment in it larger), or, with no loss,
     * ending before any money moved. The same seed gives the same text.
     */
    public static String reportNarrative(long seed, ScamType type, long lossYuan) {
        List<Family> candidates = REPORT_SCRIPTS.get(type);
        SplittableRandom random = new SplittableRandom(mix(seed, REPORT_PURPOSE, 0));
        return candidates.get(random.nextInt(candidates.size())).writeReport(random, lossYuan);
    }

    private record Keyed(long order, LabeledText text) {}

    private static void add(
            List<Keyed> out,
            long seed,
            int stratum,
            int index,
            TextForm form,
            List<Family> candidates,
            Predicate<String> accept) {
        if (candidates.isEmpty()) {
            return;
        }
        SplittableRandom random = new SplittableRandom(mix(seed, stratum, index));
        long order = random.nextLong();
        Family family = candidates.get(random.nextInt(candidates.size()));
        if (accept.test(family.id())) {
            out.add(new Keyed(order, family.write(random, form)));
        }
    }

    private static java.util.Map<ScamType, List<Family>> reportScripts() {
        java.util.Map<ScamType, List<Family>> scripts = new java.util.EnumMap<>(ScamType.class);
        for (ScamType type : ScamType.values()) {
            scripts.put(type, of(type, TextLanguage.ZH, TextForm.NARRATIVE));
        }
        return scripts;
    }

    private static List<Family> of(@Nullable ScamType type, TextLanguage language, TextForm form) {
        return FAMILIES.stream()
                .filter(f -> f.scamType() == type && f.language() == language && f.writes(form))
                .toList();
    }

    /** The family with this id (for tests that draw from one family). */
    static Family family(String id) {
        return FAMILIES.stream()
                .filter(f -> f.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no family " + id));
    }

    static List<Family> all() {
        List<Family> all = new ArrayList<>();
        all.addAll(ZhScams.all());
        all.addAll(EnScams.all());
        all.addAll(ZhOrdinary.all());
        all.addAll(EnOrdinary.all());
        all.addAll(ZhEveryday.all());
        all.addAll(EnEveryday.all());
        long distinct = all.stream().map(Family::id).distinct().count();
        if (distinct != all.size()) {
            throw new IllegalStateException("duplicate family ids: "
                    + Arrays.toString(all.stream().map(Family::id).toArray()));
        }
        return List.copyOf(all);
    }

    static long mix(long seed, long stratum, long index) {
        return finalise(finalise(finalise(seed) ^ (stratum * 0x9E3779B97F4A7C15L)) ^ index);
    }

    private static long finalise(long z) {
        // the SplitMix64 finaliser (Stafford's variant 13), as the simulator's Seeds uses
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
