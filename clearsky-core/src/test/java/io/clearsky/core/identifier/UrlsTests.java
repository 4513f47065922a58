package io.clearsky.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlsTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "evil.com                              | http://evil.com/",
                "  www.evil.com/pay  \t               | http://www.evil.com/pay",
                "//evil.com/x                          | http://evil.com/x",
                "HTTP://EVIL.COM/Path                  | http://evil.com/Path",
                "HtTpS://Evil.Com                      | https://evil.com/",
                "http://evil.com:80/                   | http://evil.com/",
                "https://evil.com:443/a                | https://evil.com/a",
                "http://evil.com:443/a                 | http://evil.com:443/a",
                "https://evil.com:8443                 | https://evil.com:8443/",
                "evil.com:8080/login                   | http://evil.com:8080/login",
                "http://evil.com/a/./b/../c            | http://evil.com/a/c",
                "http://evil.com/a/b/..                | http://evil.com/a/",
                "http://evil.com/../../x               | http://evil.com/x",
                "http://evil.com/%2e%2E/x              | http://evil.com/x",
                "http://evil.com/%7euser/%41%62        | http://evil.com/~user/Ab",
                "http://evil.com/a%2fb%3f              | http://evil.com/a%2Fb%3F",
                "http://evil.com/a b                   | http://evil.com/a%20b",
                "http://evil.com/支付?q=退款             | http://evil.com/%E6%94%AF%E4%BB%98?q=%E9%80%80%E6%AC%BE",
                "http://evil.com/100%                  | http://evil.com/100%25",
                "http://evil.com/a?b=1&c=%7e&d=x+y     | http://evil.com/a?b=1&c=~&d=x+y",
                "http://evil.com/a?z=1&a=2             | http://evil.com/a?z=1&a=2",
                "http://evil.com/a?                    | http://evil.com/a",
                "http://evil.com/a#fragment            | http://evil.com/a",
                "http://evil.com?x=1#f                 | http://evil.com/?x=1",
                "http://bank.com@evil.com/             | http://evil.com/",
                "http://user:pass@evil.com:8080/       | http://evil.com:8080/",
                "http://evil.com./                     | http://evil.com/",
                "http:\\\\evil.com\\a\\b               | http://evil.com/a/b",
                "http://例子.中国/                      | http://xn--fsqu00a.xn--fiqs8s/",
                "http://ＥＶＩＬ．ＣＯＭ/                 | http://evil.com/",
                "http://192.168.001.010:80/x           | http://192.168.1.10/x",
                "http://[2001:DB8:0:0::1]:8080/        | http://[2001:db8::1]:8080/",
                "http://%65vil.com/                    | http://evil.com/",
                "http://a.b.evil.co.uk/                | http://a.b.evil.co.uk/"
            })
    void canonicalisesEverySpellingOfALink(String raw, String canonical) {
        assertThat(Urls.parse(raw).url()).isEqualTo(canonical);
    }

    @Test
    void canonicalUrlsAreStable() {
        for (String raw :
                new String[] {"http://evil.com/%E6%94%AF?q=%20", "https://[::1]/", "http://a.b.evil.co.uk:81/x/y/?q#f"
                }) {
            String once = Urls.parse(raw).url();
            assertThat(Urls.parse(once).url()).isEqualTo(once);
        }
    }

    @Test
    void knowsHostAndRegistrableDomain() {
        CanonicalUrl url = Urls.parse("https://login.pay.evil.co.uk/x");

        assertThat(url.host()).isEqualTo("login.pay.evil.co.uk");
        assertThat(url.registrableDomain()).isEqualTo("evil.co.uk");
        assertThat(url.toIdentifier()).isEqualTo(new Identifier(IndicatorKind.URL, "https://login.pay.evil.co.uk/x"));
        assertThat(Urls.parse("https://foo.github.io/").registrableDomain()).isEqualTo("foo.github.io");
    }

    @Test
    void ipAddressHostsHaveNoRegistrableDomain() {
        assertThat(Urls.parse("http://1.2.3.4/x").registrableDomain()).isNull();
        assertThat(Urls.parse("http://1.2.3.4/x").host()).isEqualTo("1.2.3.4");
        assertThat(Urls.parse("http://[::1]/").registrableDomain()).isNull();
        assertThat(Urls.parse("http://[::1]/").host()).isEqualTo("[::1]");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "\"\"                          | the URL is empty",
                "ftp://evil.com/             | the scheme 'ftp' is not supported; only http and https are",
                "javascript:alert(1)         | the scheme 'javascript' is not supported; only http and https are",
                "mailto:a@evil.com           | the scheme 'mailto' is not supported; only http and https are",
                "http://?x=1                 | the URL has no host",
                "https://#top                | the URL has no host",
                "http://:80/                 | the URL has no host",
                "http://evil.com:0/          | the port '0' is not a number between 1 and 65535",
                "http://evil.com:99999/      | the port '99999' is not a number between 1 and 65535",
                "http://evil.com:8o/         | the port '8o' is not a number between 1 and 65535",
                "http://ev il.com/           | the host name contains spaces",
                "http://evil..com/           | the host name has an empty label (two dots in a row)",
                "http://evil!.com/           | the character '!' does not belong in a host name",
                "http://localhost/           | 'localhost' does not end in a public suffix such as .com or .cn",
                "http://com/                 | 'com' is a public suffix, not a domain someone registered",
                "http://[::1/                | the IPv6 address in the host has no closing ']'",
                "http://[zz::1]/             | the host '[zz::1]' is not a valid IPv6 address",
                "http://evil%zz.com/         | the host contains a '%' that is not a percent-encoded byte"
            })
    void garbageIsRefusedWithAReason(String raw, String reason) {
        assertThatThrownBy(() -> Urls.parse(raw)).isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
            assertThat(e.kind()).isEqualTo(IndicatorKind.URL);
            assertThat(e.input()).isEqualTo(raw);
            assertThat(e.reason()).isEqualTo(reason);
        });
    }

    @Test
    void refusesControlCharacters() {
        assertThatThrownBy(() -> Urls.parse("http://evil.com/\u0001x"))
                .isInstanceOfSatisfying(
                        InvalidIdentifierException.class,
                        e -> assertThat(e.reason()).isEqualTo("the URL contains control characters"));
    }

    @Test
    void takesTheSchemeLessPathOfTripleSlashesAsTheHostLikeBrowsers() {
        assertThat(Urls.parse("http:///evil.com/x").url()).isEqualTo("http://evil.com/x");
    }

    @Test
    void refusesHostsThatAreNotValidIdn() {
        assertThatThrownBy(() -> Urls.parse("http://" + "a".repeat(64) + ".com/"))
                .isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> Urls.parse("http://1.2.3.999/")).isInstanceOf(InvalidIdentifierException.class);
    }

    @Test
    void removesDotSegmentsAsRfc3986Says() {
        assertThat(Urls.removeDotSegments("")).isEqualTo("/");
        assertThat(Urls.removeDotSegments("/")).isEqualTo("/");
        assertThat(Urls.removeDotSegments("/a/b/c/./../../g")).isEqualTo("/a/g");
        assertThat(Urls.removeDotSegments("/a//b/.")).isEqualTo("/a//b/");
        assertThat(Urls.removeDotSegments("/..")).isEqualTo("/");
    }
}
