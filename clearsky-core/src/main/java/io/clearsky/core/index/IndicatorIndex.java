package io.clearsky.core.index;

import io.clearsky.core.identifier.Domains;
import io.clearsky.core.identifier.Identifier;
import io.clearsky.core.identifier.IndicatorKind;
import io.clearsky.core.identifier.PhoneNumber;
import io.clearsky.core.indicator.Assessment;
import io.clearsky.core.indicator.Assessor;
import io.clearsky.core.indicator.Route;
import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The whole registry in memory: every identifier's packed {@link io.clearsky.core.indicator.IndicatorState}, looked
 * up by every real-time check.
 *
 * <p>Reads are lock-free and may run on any number of threads; writes are serialised by this class. Phone numbers,
 * by far the most numerous, live in a primitive table keyed by their E.164 digits (16 bytes a slot); the other
 * kinds live in one concurrent map each.
 */
public final class IndicatorIndex {

    private final PhoneTable phones;
    private final Map<IndicatorKind, ConcurrentHashMap<String, Long>> others = new EnumMap<>(IndicatorKind.class);

    /** An empty index sized for about {@code expectedPhoneNumbers} phone numbers (it grows beyond). */
    public IndicatorIndex(int expectedPhoneNumbers) {
        phones = new PhoneTable(expectedPhoneNumbers);
        for (IndicatorKind kind : IndicatorKind.values()) {
            if (kind != IndicatorKind.PHONE_NUMBER) {
                others.put(kind, new ConcurrentHashMap<>());
            }
        }
    }

    /** Sets an identifier's packed state; 0 removes it. */
    public void put(Identifier identifier, long packedState) {
        if (identifier.kind() == IndicatorKind.PHONE_NUMBER) {
            putPhone(PhoneNumber.keyOf(identifier.value()), packedState);
        } else if (packedState == 0) {
            others.get(identifier.kind()).remove(identifier.value());
        } else {
            others.get(identifier.kind()).put(identifier.value(), packedState);
        }
    }

    /** Sets a phone number's packed state by its key; 0 removes it. */
    public synchronized void putPhone(long phoneKey, long packedState) {
        phones.put(phoneKey, packedState);
    }

    /** The identifier's packed state, 0 when absent. */
    public long get(Identifier identifier) {
        if (identifier.kind() == IndicatorKind.PHONE_NUMBER) {
            return phones.get(PhoneNumber.keyOf(identifier.value()));
        }
        Long state = others.get(identifier.kind()).get(identifier.value());
        return state == null ? 0 : state;
    }

    /** A phone number's packed state by its key ({@link PhoneNumber#key()}), 0 when absent. */
    public long getPhone(long phoneKey) {
        return phones.get(phoneKey);
    }

    /**
     * Phone numbers' packed states by their keys, many at once: {@code states[i]} gets the state of
     * {@code keys[offset + i]}, 0 when absent. Faster per number than {@link #getPhone} for large batches, because
     * the cache misses of the batch overlap.
     */
    public void getPhones(long[] keys, int offset, int count, long[] states) {
        if (count > states.length || offset + count > keys.length) {
            throw new IllegalArgumentException("batch does not fit the arrays");
        }
        phones.getAll(keys, offset, count, states);
    }

    /** Assesses many identifiers, in order; phone numbers are looked up together (see {@link #getPhones}). */
    public Assessment[] assessAll(List<Identifier> identifiers, Route route, long today) {
        int n = identifiers.size();
        long[] keys = new long[n];
        int phonesCount = 0;
        for (Identifier identifier : identifiers) {
            if (identifier.kind() == IndicatorKind.PHONE_NUMBER) {
                keys[phonesCount++] = PhoneNumber.keyOf(identifier.value());
            }
        }
        long[] states = new long[phonesCount];
        phones.getAll(keys, 0, phonesCount, states);
        Assessment[] assessments = new Assessment[n];
        int phone = 0;
        for (int i = 0; i < n; i++) {
            Identifier identifier = identifiers.get(i);
            assessments[i] = identifier.kind() == IndicatorKind.PHONE_NUMBER
                    ? Assessor.assess(states[phone++], route, today)
                    : assess(identifier, route, today);
        }
        return assessments;
    }

    /**
     * Assesses an identifier. A URL is judged by itself and by every listed domain from its host up to the
     * registrable domain; a domain likewise by itself and its parents. The most severe answer wins.
     */
    public Assessment assess(Identifier identifier, Route route, long today) {
        return switch (identifier.kind()) {
            case PHONE_NUMBER -> Assessor.assess(getPhone(PhoneNumber.keyOf(identifier.value())), route, today);
            case URL -> {
                Assessment own = Assessor.assess(get(identifier), route, today);
                String host = URI.create(identifier.value()).getHost();
                yield host == null ? own : own.moreSevere(assessDomain(host, route, today));
            }
            case DOMAIN -> assessDomain(identifier.value(), route, today);
            default -> Assessor.assess(get(identifier), route, today);
        };
    }

    private Assessment assessDomain(String host, Route route, long today) {
        Assessment result = Assessment.NOT_LISTED;
        Map<String, Long> domains = others.get(IndicatorKind.DOMAIN);
        for (String domain : Domains.lookupChain(host)) {
            Long state = domains.get(domain);
            if (state != null) {
                result = result.moreSevere(Assessor.assess(state, route, today));
            }
        }
        return result;
    }

    /** Identifiers held, of all kinds. */
    public long size() {
        long size = phones.size();
        for (Map<String, Long> map : others.values()) {
            size += map.size();
        }
        return size;
    }

    /** Phone numbers held. */
    public int phoneCount() {
        return phones.size();
    }
}
