package io.clearsky.server.agencies;

/** What a partner company does, so a centre knows whom it is dealing with. */
public enum PartnerKind {
    /** A third-party payment platform (支付机构), e.g. a wallet. */
    PAYMENT,
    /** A bank, holding card accounts. */
    BANK,
    /** A telecom operator (运营商): calls and texts. */
    TELECOM,
    /** An internet platform: chat apps, marketplaces, social networks. */
    INTERNET_PLATFORM,
    /** A phone security app that warns subscribers before they answer or pay. */
    SECURITY_APP
}
