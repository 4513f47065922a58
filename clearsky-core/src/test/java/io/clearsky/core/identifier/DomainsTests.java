package io.clearsky.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DomainsTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "evil.com             | evil.com",
                "  WWW.Evil.COM.      | www.evil.com",
                "例子.中国             | xn--fsqu00a.xn--fiqs8s",
                "例子。中国             | xn--fsqu00a.xn--fiqs8s",
                "pay_now.evil.cn      | pay_now.evil.cn",
                "a.b.evil.co.uk       | a.b.evil.co.uk",
                "foo.github.io        | foo.github.io"
            })
    void canonicalisesDomainNames(String raw, String canonical) {
        assertThat(Domains.parse(raw)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "\"\"                 | the domain is empty",
                "com                | 'com' is a public suffix, not a domain someone registered",
                "co.uk              | 'co.uk' is a public suffix, not a domain someone registered",
                "github.io          | 'github.io' is a public suffix, not a domain someone registered",
                "localhost          | 'localhost' does not end in a public suffix such as .com or .cn",
                "evil.invalidtld    | 'evil.invalidtld' does not end in a public suffix such as .com or .cn",
                "1.2.3.4            | an IP address is not a domain",
                "[::1]              | an IP address is not a domain",
                "http://evil.com    | a domain is a bare host name without scheme, port or path; use a URL indicator for links",
                "evil.com/pay       | a domain is a bare host name without scheme, port or path; use a URL indicator for links",
                "ev il.com          | the host name contains spaces",
                "evil$.com          | the character '$' does not belong in a host name",
                ".evil.com          | the host name has an empty label (two dots in a row)"
            })
    void refusesWhatIsNotARegistrableDomainName(String raw, String reason) {
        assertThatThrownBy(() -> Domains.parse(raw)).isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
            assertThat(e.kind()).isEqualTo(IndicatorKind.DOMAIN);
            assertThat(e.reason()).isEqualTo(reason);
        });
    }

    @Test
    void findsTheRegistrableDomain() {
        assertThat(Domains.registrableDomain("a.b.evil.com")).isEqualTo("evil.com");
        assertThat(Domains.registrableDomain("evil.com.cn")).isEqualTo("evil.com.cn");
        assertThat(Domains.registrableDomain("x.foo.github.io")).isEqualTo("foo.github.io");
        assertThat(Domains.registrableDomain("com")).isNull();
        assertThat(Domains.registrableDomain("localhost")).isNull();
        assertThat(Domains.registrableDomain("1.2.3.4")).isNull();
        assertThat(Domains.registrableDomain("[::1]")).isNull();
        assertThat(Domains.registrableDomain("::1")).isNull();
    }

    @Test
    void lookupChainRunsFromTheHostDownToItsRegistrableDomain() {
        assertThat(Domains.lookupChain("a.b.evil.com")).containsExactly("a.b.evil.com", "b.evil.com", "evil.com");
        assertThat(Domains.lookupChain("login.evil.co.uk")).containsExactly("login.evil.co.uk", "evil.co.uk");
        assertThat(Domains.lookupChain("evil.com")).containsExactly("evil.com");
        assertThat(Domains.lookupChain("1.2.3.4")).containsExactly("1.2.3.4");
        assertThat(Domains.lookupChain("localhost")).containsExactly("localhost");
    }
}
