package io.clearsky.server.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clearsky.server.TooManyRequestsException;
import io.clearsky.server.reports.ReportSettings;
import org.junit.jupiter.api.Test;

class IntakeLimitsTests {

    private final IntakeLimits limits = new IntakeLimits(new ReportSettings(2, 3, 2, 500));

    @Test
    void anAddressOverItsHourlyAllowanceIsToldWhenToComeBack() {
        limits.fileFromAddress("10.0.0.1");
        limits.fileFromAddress("10.0.0.1");
        assertThatThrownBy(() -> limits.fileFromAddress("10.0.0.1"))
                .isInstanceOfSatisfying(TooManyRequestsException.class, e -> {
                    assertThat(e.retryAfter()).isPositive();
                    assertThat(e.getMessage()).contains("at most 2 reports from this address per hour");
                });
        limits.fileFromAddress("10.0.0.2"); // another address has its own allowance
    }

    @Test
    void aReporterIsLimitedWhicheverWayTheyFile() {
        limits.fileByReporter("+8613800000001");
        assertThat(limits.tryFileByReporter("+8613800000001")).isTrue();
        assertThat(limits.tryFileByReporter("+8613800000001")).isTrue();
        assertThat(limits.tryFileByReporter("+8613800000001")).isFalse();
        assertThatThrownBy(() -> limits.fileByReporter("+8613800000001"))
                .isInstanceOf(TooManyRequestsException.class)
                .hasMessageContaining("per day");
    }

    @Test
    void statusLookupsHaveTheirOwnAllowance() {
        limits.fileFromAddress("10.0.0.3");
        limits.fileFromAddress("10.0.0.3");
        limits.lookUpFromAddress("10.0.0.3");
        limits.lookUpFromAddress("10.0.0.3");
        assertThatThrownBy(() -> limits.lookUpFromAddress("10.0.0.3")).isInstanceOf(TooManyRequestsException.class);
    }
}
