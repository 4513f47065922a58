package io.clearsky.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitTests {

    @Test
    void aKeyOverItsAllowanceWaitsAndOthersDoNot() {
        RateLimit limit = new RateLimit("requests with this API key", 3, Duration.ofSeconds(1));
        for (int i = 0; i < 3; i++) {
            assertThat(limit.waitAfterTaking("key:a")).isZero();
        }
        Duration wait = limit.waitAfterTaking("key:a");
        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(limit.waitAfterTaking("key:b")).isZero();
    }

    @Test
    void takeThrows429SayingTheLimit() {
        RateLimit limit = new RateLimit("requests by this user", 1, Duration.ofMinutes(1));
        limit.take("ana");
        assertThatThrownBy(() -> limit.take("ana")).isInstanceOfSatisfying(TooManyRequestsException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("at most 1 requests by this user per minute");
            assertThat(TooManyRequestsException.seconds(e.retryAfter())).isBetween(1L, 60L);
        });
    }

    @Test
    void aRequestGivenBackCanBeTakenAgain() {
        RateLimit limit = new RateLimit("reports", 1, Duration.ofDays(1));
        assertThat(limit.tryTake("x")).isTrue();
        assertThat(limit.tryTake("x")).isFalse();
        limit.giveBack("x");
        assertThat(limit.tryTake("x")).isTrue();
    }

    @Test
    void refusesALimitBelowOneOrAnEmptyPeriod() {
        assertThatThrownBy(() -> new RateLimit("requests", 0, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimit("requests", 1, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
