package io.clearsky.core.identifier;

import com.google.common.net.InetAddresses;
import com.google.common.net.InternetDomainName;
import java.net.IDN;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Canonical host names of domain indicators, their registrable domains and lookup chains. */
public final class Domains {

    // The public suffix list is Guava's copy (InternetDomainName), including the private section, so
    // "foo.github.io" is its own registrable domain: each of those is owned by someone else.

    private static final int MAX_LENGTH = 253;
    private static final int MAX_LABEL_LENGTH = 63;

    private Domains() {}

    /**
     * The canonical host name of a domain indicator: lower case, IDN as punycode, no trailing dot, under
     * a public suffix. Refuses public suffixes themselves ("com"), names without one ("localhost"), IP
     * addresses and anything with a scheme, port or path.
     */
    public static String parse(String raw) {
        Objects.requireNonNull(raw, "raw");
        String host = raw.strip();
        if (host.isEmpty()) {
            throw new InvalidIdentifierException(IndicatorKind.DOMAIN, raw, "the domain is empty");
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (InetAddresses.isInetAddress(bare)) {
            throw new InvalidIdentifierException(IndicatorKind.DOMAIN, raw, "an IP address is not a domain");
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (c == '/' || c == ':' || c == '@' || c == '?' || c == '#' || c == '\\') {
                throw new InvalidIdentifierException(
                        IndicatorKind.DOMAIN,
                        raw,
                        "a domain is a bare host name without scheme, port or path; use a URL indicator for links");
            }
        }
        return canonicalName(host, IndicatorKind.DOMAIN, raw);
    }

    /** The registrable domain (public suffix plus one label) of a host, or null for IPs and hosts without a public suffix. */
    public static @Nullable String registrableDomain(String host) {
        InternetDomainName name = domainName(host);
        return name == null || !name.isUnderPublicSuffix()
                ? null
                : name.topPrivateDomain().toString();
    }

    /**
     * The host and its parents down to its registrable domain, most specific first: "a.b.evil.com"
     * gives ["a.b.evil.com", "b.evil.com", "evil.com"]. A host without a registrable domain (an IP
     * address, "localhost") gives just itself.
     */
    public static List<String> lookupChain(String host) {
        Objects.requireNonNull(host, "host");
        InternetDomainName name = domainName(host);
        if (name == null || !name.isUnderPublicSuffix()) {
            return List.of(host);
        }
        int registrableParts = name.topPrivateDomain().parts().size();
        List<String> chain = new ArrayList<>();
        for (InternetDomainName current = name; ; current = current.parent()) {
            chain.add(current.toString());
            if (current.parts().size() == registrableParts) {
                return List.copyOf(chain);
            }
        }
    }

    /**
     * Canonicalises a host name (not an IP address) and insists it is under a public suffix; failures
     * name the given kind, so URLs report them as URL errors.
     */
    static String canonicalName(String host, IndicatorKind kind, String input) {
        String dotted = host.replace('\u3002', '.').replace('\uFF0E', '.').replace('\uFF61', '.');
        String name = dotted.endsWith(".") ? dotted.substring(0, dotted.length() - 1) : dotted;
        if (name.startsWith(".") || name.contains("..")) {
            throw new InvalidIdentifierException(kind, input, "the host name has an empty label (two dots in a row)");
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isWhitespace(name.charAt(i)) || Character.isSpaceChar(name.charAt(i))) {
                throw new InvalidIdentifierException(kind, input, "the host name contains spaces");
            }
        }
        String ascii;
        try {
            ascii = IDN.toASCII(name, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new InvalidIdentifierException(
                    kind, input, "the host name is not a valid internationalised domain name");
        }
        if (ascii.isEmpty()) {
            throw new InvalidIdentifierException(kind, input, "the host name is empty");
        }
        if (ascii.length() > MAX_LENGTH) {
            throw new InvalidIdentifierException(kind, input, "a host name has at most 253 characters");
        }
        for (String label : ascii.split("\\.", -1)) {
            if (label.isEmpty()) {
                throw new InvalidIdentifierException(
                        kind, input, "the host name has an empty label (two dots in a row)");
            }
            if (label.length() > MAX_LABEL_LENGTH) {
                throw new InvalidIdentifierException(kind, input, "a label of a host name has at most 63 characters");
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                    throw new InvalidIdentifierException(
                            kind, input, "the character '" + c + "' does not belong in a host name");
                }
            }
        }
        InternetDomainName domain = domainName(ascii);
        if (domain == null) {
            throw new InvalidIdentifierException(kind, input, "'" + ascii + "' is not a valid host name");
        }
        if (domain.isPublicSuffix()) {
            throw new InvalidIdentifierException(
                    kind, input, "'" + ascii + "' is a public suffix, not a domain someone registered");
        }
        if (!domain.isUnderPublicSuffix()) {
            throw new InvalidIdentifierException(
                    kind, input, "'" + ascii + "' does not end in a public suffix such as .com or .cn");
        }
        return ascii;
    }

    static boolean isIpv4Like(String host) {
        return !host.isEmpty() && host.chars().allMatch(c -> c == '.' || c >= '0' && c <= '9');
    }

    private static @Nullable InternetDomainName domainName(String host) {
        if (host.isEmpty() || host.startsWith("[") || InetAddresses.isInetAddress(host) || isIpv4Like(host)) {
            return null;
        }
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (!InternetDomainName.isValid(name)) {
            return null;
        }
        return InternetDomainName.from(name.toLowerCase(Locale.ROOT));
    }
}
