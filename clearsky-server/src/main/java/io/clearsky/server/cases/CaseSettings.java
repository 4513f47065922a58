package io.clearsky.server.cases;

import io.clearsky.core.identifier.IndicatorKind;
import io.clearsky.core.indicator.ScamType;
import io.clearsky.core.linkage.LinkKeys;
import io.clearsky.core.region.RegionCode;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How reports link and when a cluster is worth filing ({@code clearsky.cases.*}).
 *
 * @param linkingKinds the identifier kinds that link reports
 * @param urlsByDomain whether URLs link by their registrable domain rather than in full
 * @param maxDegree an identifier tying more reports than this stops linking and is flagged for review
 * @param minReportsToFile the reports a cluster needs before it can become FILEABLE: a single report over the
 *     threshold is filed where it was reported, the linkage is for the small ones that add up
 * @param filingThresholds the thresholds by region and scam type; a default for everything else is 3,000 yuan
 */
@ConfigurationProperties("clearsky.cases")
public record CaseSettings(
        @DefaultValue({"PHONE_NUMBER", "URL", "DOMAIN", "PAYMENT_ACCOUNT", "BANK_CARD", "CHAT_ACCOUNT"})
        Set<IndicatorKind> linkingKinds,

        @DefaultValue("true") boolean urlsByDomain,
        @DefaultValue("50") int maxDegree,
        @DefaultValue("2") int minReportsToFile,
        @DefaultValue List<FilingThreshold> filingThresholds) {

    /** The threshold for all regions and types when none is configured: 法释〔2011〕7号 and 两高一部 2016 意见. */
    public static final BigDecimal DEFAULT_THRESHOLD = new BigDecimal("3000");

    public CaseSettings {
        linkingKinds = Set.copyOf(linkingKinds);
        filingThresholds = List.copyOf(filingThresholds);
        if (maxDegree < 2) {
            throw new IllegalArgumentException("clearsky.cases.max-degree must be at least 2");
        }
        if (minReportsToFile < 1) {
            throw new IllegalArgumentException("clearsky.cases.min-reports-to-file must be at least 1");
        }
    }

    public LinkKeys linkKeys() {
        return new LinkKeys(linkingKinds, urlsByDomain);
    }

    /** The threshold for losses in a region from a scam type: the most specific match, else 3,000 yuan. */
    public BigDecimal threshold(RegionCode region, ScamType type) {
        return filingThresholds.stream()
                .filter(t -> t.matches(region, type))
                .max(Comparator.comparingInt(FilingThreshold::specificity))
                .map(FilingThreshold::amount)
                .orElse(DEFAULT_THRESHOLD);
    }
}
