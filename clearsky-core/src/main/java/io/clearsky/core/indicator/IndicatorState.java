package io.clearsky.core.indicator;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the real-time check needs to know about one indicator, small enough to pack into one {@code long}.
 *
 * @param status where it stands in its lifecycle
 * @param scamType the scam it was used for, if known
 * @param confidence 0 to 100
 * @param agencyRef the issuing agency's id (1 to 1,048,575), or 0 for none
 * @param expiresOn the day after which the listing lapses, or null for never
 * @param sources where knowledge of it came from
 * @param reportCount independent citizen reports, saturating at 255
 */
public record IndicatorState(
        IndicatorStatus status,
        @Nullable ScamType scamType,
        int confidence,
        int agencyRef,
        @Nullable LocalDate expiresOn,
        Set<IndicatorSource> sources,
        int reportCount) {

    /** The largest agency id the packed form holds. */
    public static final int MAX_AGENCY_REF = (1 << 20) - 1;

    // Bit layout, least significant first (63 bits, so a packed state is never negative and never 0):
    //   status+1 : 3 | scamType+1 : 5 | confidence : 7 | agencyRef : 20 | expiry epoch day : 17
    //   | sources : 3 | reportCount : 8
    // The expiry field holds days since 1970-01-01 (0 = none), enough for dates up to the year 2328.
    private static final int STATUS_SHIFT = 0;
    private static final int SCAM_SHIFT = 3;
    private static final int CONFIDENCE_SHIFT = 8;
    private static final int AGENCY_SHIFT = 15;
    private static final int EXPIRY_SHIFT = 35;
    private static final int SOURCES_SHIFT = 52;
    private static final int REPORTS_SHIFT = 55;
    private static final long MAX_EXPIRY_DAY = (1L << 17) - 1;

    private static final IndicatorStatus[] STATUSES = IndicatorStatus.values();
    private static final ScamType[] SCAM_TYPES = ScamType.values();

    public IndicatorState {
        if (confidence < 0 || confidence > 100) {
            throw new IllegalArgumentException("confidence must be between 0 and 100, was " + confidence);
        }
        if (agencyRef < 0 || agencyRef > MAX_AGENCY_REF) {
            throw new IllegalArgumentException(
                    "agencyRef must be between 0 and " + MAX_AGENCY_REF + ", was " + agencyRef);
        }
        if (expiresOn != null && (expiresOn.toEpochDay() < 1 || expiresOn.toEpochDay() > MAX_EXPIRY_DAY)) {
            throw new IllegalArgumentException("expiresOn is out of range: " + expiresOn);
        }
        if (reportCount < 0) {
            throw new IllegalArgumentException("reportCount must not be negative");
        }
        reportCount = Math.min(reportCount, 255);
        sources = sources.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sources));
    }

    /** This state in one non-zero {@code long}. */
    public long pack() {
        long bits = (long) (status.ordinal() + 1) << STATUS_SHIFT;
        bits |= (long) (scamType == null ? 0 : scamType.ordinal() + 1) << SCAM_SHIFT;
        bits |= (long) confidence << CONFIDENCE_SHIFT;
        bits |= (long) agencyRef << AGENCY_SHIFT;
        bits |= (expiresOn == null ? 0L : expiresOn.toEpochDay()) << EXPIRY_SHIFT;
        int sourceBits = 0;
        for (IndicatorSource source : sources) {
            sourceBits |= source.bit();
        }
        bits |= (long) sourceBits << SOURCES_SHIFT;
        bits |= (long) reportCount << REPORTS_SHIFT;
        return bits;
    }

    /** The state packed by {@link #pack()}. */
    public static IndicatorState unpack(long bits) {
        if (bits <= 0) {
            throw new IllegalArgumentException("not a packed indicator state: " + bits);
        }
        EnumSet<IndicatorSource> sources = EnumSet.noneOf(IndicatorSource.class);
        int sourceBits = (int) ((bits >>> SOURCES_SHIFT) & 0x7);
        for (IndicatorSource source : IndicatorSource.values()) {
            if ((sourceBits & source.bit()) != 0) {
                sources.add(source);
            }
        }
        return new IndicatorState(
                status(bits),
                scamType(bits),
                confidence(bits),
                agencyRef(bits),
                expiryDay(bits) == 0 ? null : LocalDate.ofEpochDay(expiryDay(bits)),
                sources,
                reportCount(bits));
    }

    // Field readers over the packed form, for the hot path: no allocation.

    static IndicatorStatus status(long bits) {
        return STATUSES[(int) ((bits >>> STATUS_SHIFT) & 0x7) - 1];
    }

    static @Nullable ScamType scamType(long bits) {
        int ordinal = (int) ((bits >>> SCAM_SHIFT) & 0x1F);
        return ordinal == 0 ? null : SCAM_TYPES[ordinal - 1];
    }

    static int confidence(long bits) {
        return (int) ((bits >>> CONFIDENCE_SHIFT) & 0x7F);
    }

    static int agencyRef(long bits) {
        return (int) ((bits >>> AGENCY_SHIFT) & MAX_AGENCY_REF);
    }

    static long expiryDay(long bits) {
        return (bits >>> EXPIRY_SHIFT) & MAX_EXPIRY_DAY;
    }

    static boolean hasSource(long bits, IndicatorSource source) {
        return ((bits >>> SOURCES_SHIFT) & source.bit()) != 0;
    }

    static int reportCount(long bits) {
        return (int) ((bits >>> REPORTS_SHIFT) & 0xFF);
    }
}
