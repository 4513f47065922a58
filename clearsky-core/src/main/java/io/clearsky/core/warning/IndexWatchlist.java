package io.clearsky.core.warning;

import io.clearsky.core.identifier.Identifier;
import io.clearsky.core.identifier.IndicatorKind;
import io.clearsky.core.identifier.PhoneNumber;
import io.clearsky.core.index.IndicatorIndex;
import io.clearsky.core.indicator.Assessment;
import io.clearsky.core.indicator.Assessor;
import io.clearsky.core.indicator.Route;

/** The watchlist of an {@link IndicatorIndex}: the server's live index, or one read from a snapshot. */
public final class IndexWatchlist implements Watchlist {

    private final IndicatorIndex index;

    public IndexWatchlist(IndicatorIndex index) {
        this.index = index;
    }

    @Override
    public Assessment phone(String e164, Route route, long day) {
        return Assessor.assess(index.getPhone(PhoneNumber.keyOf(e164)), route, day);
    }

    @Override
    public Assessment url(String url, long day) {
        return index.assess(new Identifier(IndicatorKind.URL, url), Route.UNKNOWN, day);
    }

    @Override
    public Assessment account(String account, long day) {
        return index.assess(new Identifier(Accounts.kindOf(account), account), Route.UNKNOWN, day);
    }
}
