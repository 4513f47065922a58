package io.clearsky.core.identifier;

import com.google.common.net.InetAddresses;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Canonicalises http and https URLs, so that every spelling of the same link is one indicator.
 *
 * <p>The rules: surrounding whitespace is trimmed and tabs and line breaks inside are removed; a
 * missing scheme means {@code http://}; only http and https are accepted; scheme and host are lower
 * case, IDN hosts are punycode, a trailing dot on the host is dropped; user information before '@'
 * is dropped (it is a known trick, {@code http://bank.com@evil.com/}, and never part of the target);
 * default ports are dropped; backslashes before the query count as slashes, as browsers do; the path
 * gets RFC 3986 percent-encoding normalisation (unreserved characters decoded, other escapes in upper
 * case, characters that must be escaped, such as spaces and non-ASCII, escaped as UTF-8) followed by
 * dot-segment removal, and an empty path becomes "/"; the query gets the same percent-encoding
 * normalisation and is otherwise kept as it is, an empty query is dropped; the fragment is dropped.
 * A host name must be under a public suffix; IPv4 and IPv6 literals are accepted.
 */
public final class Urls {

    // References: RFC 3986 section 6.2.2 (syntax-based normalisation), section 5.2.4 (remove_dot_segments).

    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):");
    private static final String HEX = "0123456789ABCDEF";

    private Urls() {}

    /** Parses raw text into its canonical URL, or throws {@link InvalidIdentifierException} with a reason. */
    public static CanonicalUrl parse(String raw) {
        Objects.requireNonNull(raw, "raw");
        String text = raw.strip().replace("\t", "").replace("\n", "").replace("\r", "");
        if (text.isEmpty()) {
            throw invalid(raw, "the URL is empty");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                throw invalid(raw, "the URL contains control characters");
            }
        }

        String scheme = "http";
        String rest = text;
        Matcher matcher = SCHEME.matcher(text);
        if (text.startsWith("//")) {
            rest = text.substring(2);
        } else if (matcher.lookingAt()) {
            String candidate = matcher.group(1).toLowerCase(Locale.ROOT);
            String after = text.substring(matcher.end());
            if (candidate.equals("http") || candidate.equals("https")) {
                scheme = candidate;
                rest = stripLeadingSlashes(after);
            } else if (after.isEmpty() || !Character.isDigit(after.charAt(0))) {
                throw invalid(raw, "the scheme '" + candidate + "' is not supported; only http and https are");
            }
            // else "example.com:8080/path": a host and port without a scheme
        }

        int authorityEnd = indexOfAny(rest, "/\\?#");
        String authority = authorityEnd < 0 ? rest : rest.substring(0, authorityEnd);
        String tail = authorityEnd < 0 ? "" : rest.substring(authorityEnd);
        int hash = tail.indexOf('#');
        if (hash >= 0) {
            tail = tail.substring(0, hash);
        }
        int question = tail.indexOf('?');
        String path = (question < 0 ? tail : tail.substring(0, question)).replace('\\', '/');
        String query = question < 0 ? "" : tail.substring(question + 1);

        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            authority = authority.substring(at + 1);
        }
        String hostText;
        String portText;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                throw invalid(raw, "the IPv6 address in the host has no closing ']'");
            }
            hostText = authority.substring(0, close + 1);
            String after = authority.substring(close + 1);
            if (!after.isEmpty() && !after.startsWith(":")) {
                throw invalid(raw, "only a port may follow the IPv6 address in the host");
            }
            portText = after.isEmpty() ? "" : after.substring(1);
        } else {
            int colon = authority.indexOf(':');
            hostText = colon < 0 ? authority : authority.substring(0, colon);
            portText = colon < 0 ? "" : authority.substring(colon + 1);
        }
        if (hostText.isEmpty()) {
            throw invalid(raw, "the URL has no host");
        }

        String host;
        String registrableDomain;
        if (hostText.startsWith("[")) {
            host = ipv6(raw, hostText.substring(1, hostText.length() - 1));
            registrableDomain = null;
        } else {
            String decoded = percentDecodeHost(raw, hostText);
            String ipv4 = Domains.isIpv4Like(decoded) ? ipv4(decoded) : null;
            if (ipv4 != null) {
                host = ipv4;
                registrableDomain = null;
            } else {
                host = Domains.canonicalName(decoded, IndicatorKind.URL, raw);
                registrableDomain = Domains.registrableDomain(host);
            }
        }

        int port = port(raw, portText);
        boolean defaultPort =
                port < 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);

        StringBuilder url = new StringBuilder(text.length() + 16);
        url.append(scheme).append("://").append(host);
        if (!defaultPort) {
            url.append(':').append(port);
        }
        url.append(removeDotSegments(normalisePercentEncoding(raw, path, false)));
        String canonicalQuery = normalisePercentEncoding(raw, query, true);
        if (!canonicalQuery.isEmpty()) {
            url.append('?').append(canonicalQuery);
        }
        return new CanonicalUrl(url.toString(), host, registrableDomain);
    }

    private static String stripLeadingSlashes(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == '/' || s.charAt(i) == '\\')) {
            i++;
        }
        return s.substring(i);
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static int port(String raw, String portText) {
        if (portText.isEmpty()) {
            return -1;
        }
        if (portText.length() > 5 || !portText.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw invalid(raw, "the port '" + portText + "' is not a number between 1 and 65535");
        }
        int port = Integer.parseInt(portText);
        if (port < 1 || port > 65535) {
            throw invalid(raw, "the port '" + portText + "' is not a number between 1 and 65535");
        }
        return port;
    }

    private static String ipv6(String raw, String literal) {
        InetAddress address;
        try {
            address = InetAddresses.forString(literal);
        } catch (IllegalArgumentException e) {
            throw invalid(raw, "the host '[" + literal + "]' is not a valid IPv6 address");
        }
        if (!(address instanceof Inet6Address)) {
            throw invalid(raw, "the host '[" + literal + "]' is not a valid IPv6 address");
        }
        return "[" + InetAddresses.toAddrString(address) + "]";
    }

    /** Canonical dotted-decimal text of an IPv4 address, or null when a part is not a number up to 255. */
    private static @Nullable String ipv4(String host) {
        String[] parts = (host.endsWith(".") ? host.substring(0, host.length() - 1) : host).split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        StringBuilder canonical = new StringBuilder(15);
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || Integer.parseInt(part) > 255) {
                return null;
            }
            if (!canonical.isEmpty()) {
                canonical.append('.');
            }
            canonical.append(Integer.parseInt(part));
        }
        return canonical.toString();
    }

    private static String percentDecodeHost(String raw, String host) {
        if (host.indexOf('%') < 0) {
            return host;
        }
        byte[] bytes = new byte[host.length() * 3];
        int length = 0;
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (c == '%') {
                if (i + 2 >= host.length() || hex(host.charAt(i + 1)) < 0 || hex(host.charAt(i + 2)) < 0) {
                    throw invalid(raw, "the host contains a '%' that is not a percent-encoded byte");
                }
                bytes[length++] = (byte) (hex(host.charAt(i + 1)) * 16 + hex(host.charAt(i + 2)));
                i += 2;
            } else {
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    bytes[length++] = b;
                }
            }
        }
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    /** RFC 3986 6.2.2.1 and 6.2.2.2, plus escaping of what must not appear unescaped. */
    static String normalisePercentEncoding(String raw, String part, boolean query) {
        StringBuilder out = new StringBuilder(part.length() + 8);
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '%' && i + 2 < part.length() && hex(part.charAt(i + 1)) >= 0 && hex(part.charAt(i + 2)) >= 0) {
                int b = hex(part.charAt(i + 1)) * 16 + hex(part.charAt(i + 2));
                if (isUnreserved((char) b)) {
                    out.append((char) b);
                } else {
                    appendEscaped(out, b);
                }
                i += 2;
            } else if (c == '%') {
                out.append("%25");
            } else if (c < 0x80 && (isUnreserved(c) || "!$&'()*+,;=:@/".indexOf(c) >= 0 || (query && c == '?'))) {
                out.append(c);
            } else if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c)
                        || i + 1 >= part.length()
                        || !Character.isLowSurrogate(part.charAt(i + 1))) {
                    throw invalid(raw, "the URL contains a broken Unicode character");
                }
                for (byte b : part.substring(i, i + 2).getBytes(StandardCharsets.UTF_8)) {
                    appendEscaped(out, b & 0xFF);
                }
                i++;
            } else {
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    appendEscaped(out, b & 0xFF);
                }
            }
        }
        return out.toString();
    }

    /** RFC 3986 5.2.4 for an absolute path (or an empty one, which becomes "/"). */
    static String removeDotSegments(String path) {
        if (path.isEmpty()) {
            return "/";
        }
        String[] segments = path.split("/", -1);
        List<String> output = new ArrayList<>(segments.length);
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals(".") || segment.equals("..")) {
                if (segment.equals("..") && !output.isEmpty()) {
                    output.remove(output.size() - 1);
                }
                if (last) {
                    output.add("");
                }
            } else {
                output.add(segment);
            }
        }
        return "/" + String.join("/", output);
    }

    private static boolean isUnreserved(char c) {
        return c >= 'a' && c <= 'z'
                || c >= 'A' && c <= 'Z'
                || c >= '0' && c <= '9'
                || c == '-'
                || c == '.'
                || c == '_'
                || c == '~';
    }

    private static void appendEscaped(StringBuilder out, int b) {
        out.append('%').append(HEX.charAt(b >> 4)).append(HEX.charAt(b & 0xF));
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static InvalidIdentifierException invalid(String raw, String reason) {
        return new InvalidIdentifierException(IndicatorKind.URL, raw, reason);
    }
}
