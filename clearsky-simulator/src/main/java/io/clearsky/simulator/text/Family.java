package io.clearsky.simulator.text;

import io.clearsky.core.indicator.ScamType;
import java.util.Locale;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * One script: a storyline a fraudster runs (or an ordinary kind of message), with a template for the message as
 * received and one for a person's account of it, either of which may be missing.
 */
record Family(
        String id,
        @Nullable ScamType scamType,
        TextLanguage language,
        @Nullable Template sms,
        @Nullable Template narrative,
        @Nullable Template summary) {

    /** The share of a scam family's narratives written as a police summary ("…被诈骗分子以“…”为由骗取…") instead. */
    private static final double SUMMARY_SHARE = 0.1;

    static Family scam(ScamType type, TextLanguage language, String name, String sms, String narrative) {
        return new Family(
                id(type.name(), language, name), type, language, Template.of(sms), Template.of(narrative), null);
    }

    static Family ordinary(TextLanguage language, String name, @Nullable String sms, @Nullable String narrative) {
        return new Family(
                id("ORDINARY", language, name),
                null,
                language,
                sms == null ? null : Template.of(sms),
                narrative == null ? null : Template.of(narrative),
                null);
    }

    /** This family, with a police-summary way of telling its narratives. */
    Family withSummary(String summary) {
        return new Family(id, scamType, language, sms, narrative, Template.of(summary));
    }

    private static String id(String kind, TextLanguage language, String name) {
        return kind + "/" + language.name().toLowerCase(Locale.ROOT) + "/" + name;
    }

    boolean writes(TextForm form) {
        return (form == TextForm.SMS ? sms : narrative) != null;
    }

    /**
     * A victim's account for a report whose loss is known: the total it states is {@code lossYuan} and no payment
     * in it is larger; with no loss, the account stops before any money moves.
     */
    String writeReport(SplittableRandom random, long lossYuan) {
        if (narrative == null) {
            throw new IllegalArgumentException(id + " has no narrative script");
        }
        Draw draw = new Draw(random, language == TextLanguage.ZH ? Slots.ZH : Slots.EN);
        String written;
        if (lossYuan > 0) {
            draw.ceiling(lossYuan);
            String total = language == TextLanguage.ZH ? Money.zhLoss(draw, lossYuan) : Money.en(draw, lossYuan);
            for (String slot : new String[] {"loss", "lossSmall", "lossBig"}) {
                draw.preset(slot, total);
            }
            written = summary != null && draw.chance(SUMMARY_SHARE)
                    ? summary.write(draw)
                    : Narration.tell(draw, narrative.write(draw), language, true);
        } else {
            written = Narration.attempt(draw, narrative.write(draw), language);
        }
        return Disguise.apply(draw, written, language, TextForm.NARRATIVE, true);
    }

    /** Writes one text of the given form from the random stream. */
    LabeledText write(SplittableRandom random, TextForm form) {
        Template template = form == TextForm.SMS ? sms : narrative;
        if (template == null) {
            throw new IllegalArgumentException(id + " has no " + form + " script");
        }
        Draw draw = new Draw(random, language == TextLanguage.ZH ? Slots.ZH : Slots.EN);
        String written;
        if (form == TextForm.NARRATIVE && summary != null && draw.chance(SUMMARY_SHARE)) {
            written = summary.write(draw);
        } else {
            written = template.write(draw);
            if (form == TextForm.NARRATIVE) {
                written = Narration.tell(draw, written, language, scamType != null);
            }
        }
        String text = Disguise.apply(draw, written, language, form, scamType != null);
        return new LabeledText(text, language, form, scamType, id);
    }
}
