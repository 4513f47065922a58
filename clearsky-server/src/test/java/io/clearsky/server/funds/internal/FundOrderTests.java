package io.clearsky.server.funds.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clearsky.server.ConflictException;
import io.clearsky.server.InvalidInputException;
import io.clearsky.server.funds.OrderKind;
import io.clearsky.server.funds.OrderStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FundOrderTests {

    private static final Instant ISSUED = Instant.parse("2026-11-20T02:00:00Z");
    private static final Duration STOP_TERM = Duration.ofHours(48);

    private static FundOrder order(OrderKind kind) {
        return new FundOrder(
                1,
                "ZF2026-000001",
                kind,
                OrderStatus.ISSUED,
                7,
                3L,
                "doc",
                11,
                12,
                100_000,
                "CNY",
                null,
                "analyst",
                ISSUED,
                ISSUED.plus(STOP_TERM),
                null,
                null,
                null,
                null,
                null,
                0);
    }

    @Test
    void executingTwiceWithTheSameAmountChangesNothingAndWithAnotherIsRefused() {
        FundOrder stop = order(OrderKind.STOP_PAYMENT);
        Instant executed = ISSUED.plusSeconds(600);
        assertThat(stop.execute(80_000, "余额不足", "fastpay", executed, STOP_TERM)).isTrue();
        assertThat(stop.status()).isEqualTo(OrderStatus.EXECUTED);
        assertThat(stop.expiresAt()).isEqualTo(executed.plus(STOP_TERM));
        assertThat(stop.execute(80_000, "余额不足", "fastpay", executed.plusSeconds(5), STOP_TERM))
                .isFalse();
        assertThatThrownBy(() -> stop.execute(90_000, null, "fastpay", executed, STOP_TERM))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aPartnerCannotStopMoreThanOrdered() {
        assertThatThrownBy(() -> order(OrderKind.FREEZE).execute(100_001, null, "p", ISSUED, STOP_TERM))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void onlyAnExecutedFreezeIsExtendedAndOnlyToALaterEnd() {
        FundOrder stop = order(OrderKind.STOP_PAYMENT);
        stop.execute(1, null, "p", ISSUED, STOP_TERM);
        assertThatThrownBy(() -> stop.extend(ISSUED.plus(Duration.ofDays(9)), ISSUED))
                .isInstanceOf(ConflictException.class);
        FundOrder freeze = order(OrderKind.FREEZE);
        assertThatThrownBy(() -> freeze.extend(ISSUED.plus(Duration.ofDays(9)), ISSUED))
                .isInstanceOf(ConflictException.class);
        freeze.execute(100_000, null, "p", ISSUED, Duration.ofDays(180));
        Instant end = freeze.expiresAt();
        assertThatThrownBy(() -> freeze.extend(end.minusSeconds(1), ISSUED)).isInstanceOf(InvalidInputException.class);
        assertThat(freeze.extend(end.plus(Duration.ofDays(90)), ISSUED)).isTrue();
        assertThat(freeze.extend(end.plus(Duration.ofDays(90)), ISSUED)).isFalse();
    }

    @Test
    void termsEndOnlyWhenDueAndStopPaymentsLapseWhileFreezesExpire() {
        FundOrder stop = order(OrderKind.STOP_PAYMENT);
        assertThat(stop.endTerm(ISSUED.plus(Duration.ofHours(47)))).isFalse();
        assertThat(stop.endTerm(ISSUED.plus(STOP_TERM))).isTrue();
        assertThat(stop.status()).isEqualTo(OrderStatus.LAPSED);
        FundOrder freeze = order(OrderKind.FREEZE);
        assertThat(freeze.endTerm(ISSUED.plus(STOP_TERM))).isTrue();
        assertThat(freeze.status()).isEqualTo(OrderStatus.EXPIRED);
    }

    @Test
    void aReleasedOrderStaysReleasedAndAFinishedOneCannotBeReleased() {
        FundOrder stop = order(OrderKind.STOP_PAYMENT);
        assertThat(stop.release(ISSUED)).isTrue();
        assertThat(stop.release(ISSUED)).isFalse();
        assertThat(stop.supersede(ISSUED)).isFalse();
        FundOrder lapsed = order(OrderKind.STOP_PAYMENT);
        lapsed.endTerm(ISSUED.plus(STOP_TERM));
        assertThatThrownBy(() -> lapsed.release(ISSUED)).isInstanceOf(ConflictException.class);
    }
}
