package io.clearsky.core.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearsky.core.identifier.Identifiers;
import io.clearsky.core.identifier.IndicatorKind;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkKeysTests {

    @Test
    void urlsOnOneRegistrableDomainShareAKey() {
        String a = LinkKeys.DEFAULT.of(Identifiers.parse(IndicatorKind.URL, "https://pay.icbc-refund.cn/a?x=1"));
        String b = LinkKeys.DEFAULT.of(Identifiers.parse(IndicatorKind.URL, "http://www.icbc-refund.cn/other"));
        assertThat(a).isEqualTo(b).isEqualTo("DOMAIN:icbc-refund.cn");
    }

    @Test
    void aKindOutsideTheLinkingSetLinksNothing() {
        LinkKeys phonesOnly = new LinkKeys(Set.of(IndicatorKind.PHONE_NUMBER), true);
        assertThat(phonesOnly.of(Identifiers.parse(IndicatorKind.PHONE_NUMBER, "138 0013 8000")))
                .isEqualTo("PHONE_NUMBER:+8613800138000");
        assertThat(phonesOnly.of(Identifiers.parse(IndicatorKind.BANK_CARD, "6222021234567890128")))
                .isNull();
        assertThat(phonesOnly.of(Identifiers.parse(IndicatorKind.URL, "https://icbc-refund.cn/")))
                .isNull();
    }

    @Test
    void urlsLinkInFullWhenConfigured() {
        LinkKeys full = new LinkKeys(Set.of(IndicatorKind.URL), false);
        assertThat(full.of(Identifiers.parse(IndicatorKind.URL, "https://icbc-refund.cn/a")))
                .startsWith("URL:");
    }
}
