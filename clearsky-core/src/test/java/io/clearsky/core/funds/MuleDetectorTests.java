package io.clearsky.core.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MuleDetectorTests {

    private static final long T0 = Instant.parse("2026-11-20T09:00:00Z").toEpochMilli();
    private static final long MINUTE = 60_000;
    private static final long DAY = 24 * 60 * MINUTE;

    private static long yuan(long y) {
        return y * 100;
    }

    /** Three victims pay a first-level account; it passes each payment on within minutes, split. */
    private static TransferGraph.Builder mule() {
        return TransferGraph.builder()
                .add(1, "bank:victim1", "alipay:mule", T0, yuan(5_000))
                .add(2, "alipay:mule", "bank:L2a", T0 + 3 * MINUTE, yuan(3_000))
                .add(3, "alipay:mule", "bank:L2b", T0 + 4 * MINUTE, yuan(2_000))
                .add(4, "alipay:victim2", "alipay:mule", T0 + 60 * MINUTE, yuan(8_000))
                .add(5, "alipay:mule", "bank:L2a", T0 + 70 * MINUTE, yuan(8_000))
                .add(6, "bank:victim3", "alipay:mule", T0 + DAY, yuan(2_000))
                .add(7, "alipay:mule", "bank:L2b", T0 + DAY + 20 * MINUTE, yuan(1_900));
    }

    @Test
    void anAccountPassingOnSeveralStrangersMoneyWithinMinutesIsFlaggedWithItsEvidence() {
        List<MuleFlag> flags = MuleDetector.detect(mule().build(), MuleSettings.DEFAULT);

        assertThat(flags).extracting(MuleFlag::account).containsExactly("alipay:mule");
        MuleFlag flag = flags.get(0);
        assertThat(flag.unrelatedPayers()).isEqualTo(3);
        assertThat(flag.receivedFen()).isEqualTo(yuan(15_000));
        assertThat(flag.forwardedFen()).isEqualTo(yuan(14_900));
        assertThat(flag.forwardedShare()).isCloseTo(14_900 / 15_000.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(flag.payments())
                .extracting(
                        MuleFlag.Payment::reference,
                        MuleFlag.Payment::payer,
                        MuleFlag.Payment::epochMillis,
                        MuleFlag.Payment::amountFen,
                        MuleFlag.Payment::newPayer)
                .containsExactly(
                        tuple(1L, "bank:victim1", T0, yuan(5_000), true),
                        tuple(4L, "alipay:victim2", T0 + 60 * MINUTE, yuan(8_000), true),
                        tuple(6L, "bank:victim3", T0 + DAY, yuan(2_000), true));
        assertThat(flag.forwards())
                .extracting(
                        MuleFlag.Forward::reference,
                        MuleFlag.Forward::payee,
                        MuleFlag.Forward::forwardedFen,
                        MuleFlag.Forward::delaySeconds)
                .containsExactly(
                        tuple(2L, "bank:L2a", yuan(3_000), 180L),
                        tuple(3L, "bank:L2b", yuan(2_000), 240L),
                        tuple(5L, "bank:L2a", yuan(8_000), 600L),
                        tuple(7L, "bank:L2b", yuan(1_900), 1_200L));
        assertThat(flag.paymentCount()).isEqualTo(3);
        assertThat(flag.forwardCount()).isEqualTo(4);
        // delays 180, 240, 600, 1200: the lower median
        assertThat(flag.medianDelaySeconds()).isEqualTo(240);
        assertThat(flag.score()).isGreaterThan(2.5).isLessThan(3);
    }

    @Test
    void aMerchantWithManyPayersThatPassesNothingOnIsNotFlagged() {
        TransferGraph.Builder builder = TransferGraph.builder();
        for (int i = 0; i < 200; i++) {
            builder.add(i, "alipay:customer" + i, "alipay:shop", T0 + i * MINUTE, yuan(30 + i));
        }
        // the daily settlement to the shop's bank, hours after most sales
        builder.add(1_000, "alipay:shop", "bank:shop", T0 + DAY, yuan(1_000));

        assertThat(MuleDetector.detect(builder.build(), MuleSettings.DEFAULT)).isEmpty();
    }

    @Test
    void anAccountWithAsManyTransfersAsAHubIsNeverFlagged() {
        TransferGraph.Builder builder = TransferGraph.builder();
        for (int i = 0; i < 10; i++) {
            builder.add(2 * i, "alipay:payer" + i, "alipay:exchange", T0 + i * 10 * MINUTE, yuan(100));
            builder.add(2 * i + 1, "alipay:exchange", "bank:out" + i, T0 + i * 10 * MINUTE + MINUTE, yuan(100));
        }
        TransferGraph graph = builder.build();

        assertThat(MuleDetector.detect(graph, MuleSettings.DEFAULT)).hasSize(1);
        assertThat(MuleDetector.detect(graph, MuleSettings.DEFAULT.withHubMinTransfers(20)))
                .isEmpty();
    }

    @Test
    void aSalaryAndRentDaysLaterIsNotAMule() {
        TransferGraph graph = TransferGraph.builder()
                .add(1, "bank:employer", "bank:worker", T0, yuan(7_000))
                .add(2, "alipay:friend1", "bank:worker", T0 + DAY, yuan(200))
                .add(3, "alipay:friend2", "bank:worker", T0 + 2 * DAY, yuan(150))
                .add(4, "bank:worker", "bank:landlord", T0 + 3 * DAY, yuan(3_000))
                .add(5, "bank:worker", "alipay:shop", T0 + 3 * DAY + MINUTE, yuan(100))
                .build();

        assertThat(MuleDetector.detect(graph, MuleSettings.DEFAULT)).isEmpty();
    }

    @Test
    void theSamePayerTwiceCountsOnce() {
        TransferGraph graph = TransferGraph.builder()
                .add(1, "bank:victim1", "alipay:mule", T0, yuan(5_000))
                .add(2, "alipay:mule", "bank:L2", T0 + MINUTE, yuan(5_000))
                .add(3, "bank:victim1", "alipay:mule", T0 + DAY, yuan(9_000))
                .add(4, "alipay:mule", "bank:L2", T0 + DAY + MINUTE, yuan(9_000))
                .add(5, "bank:victim2", "alipay:mule", T0 + 2 * DAY, yuan(1_000))
                .add(6, "alipay:mule", "bank:L2", T0 + 2 * DAY + MINUTE, yuan(1_000))
                .build();

        assertThat(MuleDetector.detect(graph, MuleSettings.DEFAULT)).isEmpty();
        List<MuleFlag> two = MuleDetector.detect(graph, MuleSettings.DEFAULT.withMinPayers(2));
        assertThat(two).singleElement().extracting(MuleFlag::unrelatedPayers).isEqualTo(2);
    }

    @Test
    void payersThatTransactedWithEachOtherCountAsOne() {
        TransferGraph graph = mule().add(8, "bank:victim1", "bank:victim3", T0 - DAY, yuan(10))
                .build();

        assertThat(MuleDetector.detect(graph, MuleSettings.DEFAULT)).isEmpty();
        assertThat(MuleDetector.detect(graph, MuleSettings.DEFAULT.withMinPayers(2)))
                .singleElement()
                .satisfies(flag -> {
                    assertThat(flag.unrelatedPayers()).isEqualTo(2);
                    // both are still listed as new counterparties of the account, for the analyst to see
                    assertThat(flag.payments()).allMatch(MuleFlag.Payment::newPayer);
                });
    }

    @Test
    void aPayerTheAccountPaidBeforeIsNoNewPayer() {
        TransferGraph graph =
                mule().add(8, "alipay:mule", "bank:victim3", T0 - DAY, yuan(10)).build();

        assertThat(MuleDetector.detect(graph, MuleSettings.DEFAULT)).isEmpty();
    }

    @Test
    void aPayerThatPaidTheAccountBeforeTheWindowIsNoNewPayer() {
        // victim1 paid the account a week before the window; in the window it looks like a stranger
        TransferGraph graph = mule().add(8, "bank:victim1", "alipay:mule", T0 - 7 * DAY, yuan(50))
                .build();

        assertThat(MuleDetector.detect(graph, T0 - DAY, MuleSettings.DEFAULT)).isEmpty();
        List<MuleFlag> two = MuleDetector.detect(graph, T0 - DAY, MuleSettings.DEFAULT.withMinPayers(2));
        assertThat(two).singleElement().satisfies(flag -> {
            assertThat(flag.unrelatedPayers()).isEqualTo(2);
            // history is no payment: neither listed nor counted in what the account received
            assertThat(flag.receivedFen()).isEqualTo(yuan(15_000));
            assertThat(flag.paymentCount()).isEqualTo(3);
            assertThat(flag.payments())
                    .extracting(MuleFlag.Payment::payer, MuleFlag.Payment::newPayer)
                    .containsExactly(
                            tuple("bank:victim1", false), tuple("alipay:victim2", true), tuple("bank:victim3", true));
        });
        // without a look-back, the same window sees three strangers
        TransferGraph windowOnly = mule().build();
        assertThat(MuleDetector.detect(windowOnly, T0 - DAY, MuleSettings.DEFAULT))
                .singleElement()
                .extracting(MuleFlag::unrelatedPayers)
                .isEqualTo(3);
    }

    @Test
    void historyIsNeverExaminedAsPaymentsOrForwards() {
        // a whole mule pattern before the window, and in the window only one more payment passed on
        TransferGraph graph = mule().add(8, "bank:victim4", "alipay:mule", T0 + 3 * DAY, yuan(1_000))
                .add(9, "alipay:mule", "bank:L2a", T0 + 3 * DAY + MINUTE, yuan(1_000))
                .build();

        assertThat(MuleDetector.detect(graph, MuleSettings.DEFAULT)).hasSize(1);
        assertThat(MuleDetector.detect(graph, T0 + 2 * DAY, MuleSettings.DEFAULT.withMinPayers(1)))
                .singleElement()
                .satisfies(flag -> {
                    assertThat(flag.receivedFen()).isEqualTo(yuan(1_000));
                    assertThat(flag.paymentCount()).isEqualTo(1);
                    assertThat(flag.forwards())
                            .extracting(MuleFlag.Forward::reference)
                            .containsExactly(9L);
                });
        assertThat(MuleDetector.detect(graph, T0 + 2 * DAY, MuleSettings.DEFAULT))
                .isEmpty();
    }

    @Test
    void payersThatDealtWithEachOtherBeforeTheWindowCountAsOne() {
        TransferGraph graph = mule().add(8, "bank:victim1", "bank:victim3", T0 - 20 * DAY, yuan(10))
                .build();

        assertThat(MuleDetector.detect(graph, T0 - DAY, MuleSettings.DEFAULT)).isEmpty();
    }

    @Test
    void aTransferBackToSomeoneWhoPaidTheAccountBeforeTheWindowIsNoForward() {
        // the account repays within minutes three people who lent it money last month: no mule
        TransferGraph graph = TransferGraph.builder()
                .add(1, "bank:friend1", "alipay:a", T0 - 30 * DAY, yuan(1_000))
                .add(2, "bank:friend2", "alipay:a", T0 - 29 * DAY, yuan(1_000))
                .add(3, "bank:friend3", "alipay:a", T0 - 28 * DAY, yuan(1_000))
                .add(4, "bank:p1", "alipay:a", T0, yuan(1_000))
                .add(5, "alipay:a", "bank:friend1", T0 + MINUTE, yuan(1_000))
                .add(6, "bank:p2", "alipay:a", T0 + DAY, yuan(1_000))
                .add(7, "alipay:a", "bank:friend2", T0 + DAY + MINUTE, yuan(1_000))
                .add(8, "bank:p3", "alipay:a", T0 + 2 * DAY, yuan(1_000))
                .add(9, "alipay:a", "bank:friend3", T0 + 2 * DAY + MINUTE, yuan(1_000))
                .build();

        assertThat(MuleDetector.detect(graph, T0 - DAY, MuleSettings.DEFAULT)).isEmpty();
        assertThat(MuleDetector.detect(graph, MuleSettings.DEFAULT)).isEmpty();
        // without the look-back the friends are strangers the money went to
        TransferGraph windowOnly = TransferGraph.builder()
                .add(4, "bank:p1", "alipay:a", T0, yuan(1_000))
                .add(5, "alipay:a", "bank:friend1", T0 + MINUTE, yuan(1_000))
                .add(6, "bank:p2", "alipay:a", T0 + DAY, yuan(1_000))
                .add(7, "alipay:a", "bank:friend2", T0 + DAY + MINUTE, yuan(1_000))
                .add(8, "bank:p3", "alipay:a", T0 + 2 * DAY, yuan(1_000))
                .add(9, "alipay:a", "bank:friend3", T0 + 2 * DAY + MINUTE, yuan(1_000))
                .build();
        assertThat(MuleDetector.detect(windowOnly, MuleSettings.DEFAULT)).hasSize(1);
    }

    @Test
    void transfersOutBeforeTheMoneyArrivedAreNoForwards() {
        TransferGraph graph = TransferGraph.builder()
                .add(1, "alipay:mule", "bank:L2", T0 - 5 * MINUTE, yuan(5_000))
                .add(2, "bank:victim1", "alipay:mule", T0, yuan(5_000))
                .add(3, "alipay:mule", "bank:L2", T0 + 2 * DAY - 5 * MINUTE, yuan(3_000))
                .add(4, "bank:victim2", "alipay:mule", T0 + 2 * DAY, yuan(3_000))
                .add(5, "alipay:mule", "bank:L2", T0 + 4 * DAY - 5 * MINUTE, yuan(2_000))
                .add(6, "bank:victim3", "alipay:mule", T0 + 4 * DAY, yuan(2_000))
                .build();

        assertThat(MuleDetector.detect(graph, MuleSettings.DEFAULT)).isEmpty();
    }

    @Test
    void moneyPassedOnLaterThanTheDelayIsNotForwarded() {
        TransferGraph graph = mule().build();

        // with a 5-minute delay only the first payment's two forwards (3 and 4 minutes) count: 5,000 of 15,000
        assertThat(MuleDetector.detect(graph, MuleSettings.DEFAULT.withMaxDelay(Duration.ofMinutes(5))))
                .isEmpty();
        assertThat(MuleDetector.detect(
                        graph,
                        MuleSettings.DEFAULT.withMaxDelay(Duration.ofMinutes(5)).withMinForwardedShare(0.3)))
                .singleElement()
                .extracting(MuleFlag::forwardedFen)
                .isEqualTo(yuan(5_000));
    }

    @Test
    void aRefundToAPayerIsNoForward() {
        TransferGraph graph = TransferGraph.builder()
                .add(1, "bank:buyer1", "alipay:seller", T0, yuan(100))
                .add(2, "alipay:seller", "bank:buyer1", T0 + 5 * MINUTE, yuan(100))
                .add(3, "bank:buyer2", "alipay:seller", T0 + DAY, yuan(100))
                .add(4, "alipay:seller", "bank:buyer2", T0 + DAY + 5 * MINUTE, yuan(100))
                .add(5, "bank:buyer3", "alipay:seller", T0 + 2 * DAY, yuan(100))
                .add(6, "alipay:seller", "bank:buyer3", T0 + 2 * DAY + 5 * MINUTE, yuan(100))
                .build();

        assertThat(MuleDetector.detect(graph, MuleSettings.DEFAULT)).isEmpty();
    }

    @Test
    void cashingOutIsAForwardButACashPseudoAccountIsNeverFlagged() {
        TransferGraph graph = TransferGraph.builder()
                .add(1, "bank:victim1", "bank:L3", T0, yuan(5_000))
                .add(2, "bank:victim2", "bank:L3", T0 + MINUTE, yuan(5_000))
                .add(3, "bank:victim3", "bank:L3", T0 + 2 * MINUTE, yuan(5_000))
                .add(4, "bank:L3", "cash:440300", T0 + 30 * MINUTE, yuan(14_000))
                // cash deposited into three accounts and withdrawn again: the pseudo-account looks like a mule
                .add(5, "cash:440300", "bank:a", T0 + DAY, yuan(100))
                .add(6, "cash:440300", "bank:b", T0 + DAY, yuan(100))
                .add(7, "bank:c", "cash:440300", T0 + DAY + MINUTE, yuan(100))
                .add(8, "bank:d", "cash:440300", T0 + DAY + MINUTE, yuan(100))
                .add(9, "bank:e", "cash:440300", T0 + DAY + MINUTE, yuan(100))
                .add(10, "cash:440300", "bank:f", T0 + DAY + 2 * MINUTE, yuan(300))
                .build();

        List<MuleFlag> flags = MuleDetector.detect(graph, MuleSettings.DEFAULT);

        assertThat(flags).extracting(MuleFlag::account).containsExactly("bank:L3");
        assertThat(flags.get(0).forwards())
                .extracting(MuleFlag.Forward::payee, MuleFlag.Forward::forwardedFen)
                .containsExactly(tuple("cash:440300", yuan(14_000)));
    }

    @Test
    void cashDepositsAreNoPayers() {
        TransferGraph graph = TransferGraph.builder()
                .add(1, "cash:440300", "bank:a", T0, yuan(5_000))
                .add(2, "cash:440301", "bank:a", T0 + MINUTE, yuan(5_000))
                .add(3, "cash:440302", "bank:a", T0 + 2 * MINUTE, yuan(5_000))
                .add(4, "bank:a", "bank:b", T0 + 5 * MINUTE, yuan(15_000))
                .build();

        assertThat(MuleDetector.detect(graph, MuleSettings.DEFAULT)).isEmpty();
    }

    @Test
    void theSameTransfersGiveTheSameFlagsInAnyOrder() {
        Random random = new Random(42);
        List<long[]> rows = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            rows.add(new long[] {
                i,
                random.nextInt(300),
                random.nextInt(300),
                T0 + random.nextInt(2_000) * MINUTE,
                100 + random.nextInt(10_000)
            });
        }
        List<MuleFlag> first = detect(rows);
        Collections.shuffle(rows, new Random(7));
        // equal instants keep the order added, which shuffling changes: give every transfer its own instant
        List<MuleFlag> second = detect(rows);

        assertThat(first).isNotEmpty();
        assertThat(second).isEqualTo(first);
        assertThat(detect(rows)).isEqualTo(second);
    }

    private static List<MuleFlag> detect(List<long[]> rows) {
        TransferGraph.Builder builder = TransferGraph.builder();
        for (long[] r : rows) {
            builder.add(r[0], "a" + r[1], "a" + r[2], r[3] + r[0], r[4]);
        }
        return MuleDetector.detect(
                builder.build(), MuleSettings.DEFAULT.withMinPayers(2).withMinForwardedShare(0.2));
    }

    @Test
    void settingsRefuseNonsense() {
        assertThatThrownBy(() -> MuleSettings.DEFAULT.withMinPayers(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MuleSettings.DEFAULT.withMaxDelay(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MuleSettings.DEFAULT.withMinForwardedShare(1.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MuleSettings.DEFAULT.withHubMinTransfers(1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
