package io.clearsky.core.linkage;

import io.clearsky.core.identifier.Identifier;
import io.clearsky.core.identifier.IndicatorKind;
import io.clearsky.core.identifier.InvalidIdentifierException;
import io.clearsky.core.identifier.Urls;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a normalised identifier links reports by: its kind and canonical value, except that a URL links by its
 * registrable domain when so configured (fraudsters rotate paths and subdomains on one domain; two victims rarely
 * note the same full URL). Kinds outside the linking set link nothing.
 *
 * @param kinds the kinds that link
 * @param urlsByDomain whether a URL links by its registrable domain rather than in full
 */
public record LinkKeys(Set<IndicatorKind> kinds, boolean urlsByDomain) {

    /** Every kind links, URLs by their registrable domain: the setting the quality figures were measured with. */
    public static final LinkKeys DEFAULT = new LinkKeys(Set.of(IndicatorKind.values()), true);

    public LinkKeys {
        kinds = Set.copyOf(kinds);
    }

    /** The key the identifier links by, e.g. {@code PHONE_NUMBER:+8613800138000}; null when it does not link. */
    public @Nullable String of(Identifier identifier) {
        IndicatorKind kind = identifier.kind();
        if (kind == IndicatorKind.URL && urlsByDomain) {
            if (!kinds.contains(IndicatorKind.URL) && !kinds.contains(IndicatorKind.DOMAIN)) {
                return null;
            }
            try {
                String domain = Urls.parse(identifier.value()).registrableDomain();
                return domain == null ? null : IndicatorKind.DOMAIN + ":" + domain;
            } catch (InvalidIdentifierException e) {
                return null;
            }
        }
        return kinds.contains(kind) ? kind + ":" + identifier.value() : null;
    }
}
