package io.clearsky.server.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearsky.core.indicator.ScamType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LinkageStateTests {

    static LinkedReport report(int seq, String loss, String region, String victim) {
        return new LinkedReport(
                seq,
                1000L + seq,
                "BA" + seq,
                Instant.parse("2026-11-01T00:00:00Z").plusSeconds(3600L * seq),
                seq % 2 == 0 ? ScamType.FAKE_INVESTMENT : ScamType.FAKE_LOAN,
                new BigDecimal(loss),
                "CNY",
                region,
                victim.repeat(64 / victim.length()));
    }

    @Test
    void aReportThatTiesTwoClustersMergesTheirSums() {
        LinkageState state = new LinkageState(50);
        int phone = state.newIdentifier("PHONE_NUMBER:+8617000000001", false);
        int card = state.newIdentifier("BANK_CARD:6222021234567890128", false);
        state.add(report(0, "1000", "350206", "a"), new int[] {phone});
        state.add(report(1, "1500", "350203", "b"), new int[] {card});
        LinkageState.Added added = state.add(report(2, "800", "350206", "a"), new int[] {phone, card});

        LinkageState.Cluster cluster = added.cluster();
        assertThat(cluster.size()).isEqualTo(3);
        assertThat(cluster.totalLossCny()).isEqualByComparingTo("3300");
        assertThat(cluster.largestLossCny()).isEqualByComparingTo("1500");
        assertThat(cluster.victims()).isEqualTo(2);
        assertThat(state.victimsByRegion(cluster)).isEqualTo(Map.of("350206", 1, "350203", 1));
        assertThat(state.clusterCount()).isEqualTo(1);
        assertThat(state.clusterOfReport(1000)).isSameAs(cluster);
    }

    @Test
    void reportsLinkingToACasesClusterJoinTheCase() {
        LinkageState state = new LinkageState(50);
        int phone = state.newIdentifier("PHONE_NUMBER:+8617000000001", false);
        int card = state.newIdentifier("BANK_CARD:6222021234567890128", false);
        state.add(report(0, "1000", "350206", "a"), new int[] {phone});
        state.clusterOfReport(1000).addCase(7);
        state.add(report(1, "1500", "350203", "b"), new int[] {card});
        state.add(report(2, "100", "350203", "c"), new int[] {card});

        LinkageState.Added added = state.add(report(3, "800", "350206", "d"), new int[] {phone, card});
        assertThat(added.joins()).hasSize(1);
        assertThat(added.joins().get(0).caseId()).isEqualTo(7);
        assertThat(added.joins().get(0).seqs()).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(added.cluster().cases()).containsExactly(7L);
    }

    @Test
    void anExcludedIdentifierLinksNothing() {
        LinkageState state = new LinkageState(50);
        int official = state.newIdentifier("PHONE_NUMBER:+8695588", true);
        state.add(report(0, "1000", "350206", "a"), new int[] {official});
        state.add(report(1, "1000", "350206", "b"), new int[] {official});
        assertThat(state.clusterCount()).isZero();
        assertThat(state.clusterOfReport(1000).size()).isEqualTo(1);
        assertThat(state.clusterOfReport(1001).size()).isEqualTo(1);
        assertThat(state.isExcluded(official)).isTrue();
    }

    @Test
    void aRebuildFromTheTablesGivesTheSameClustersAndSums() {
        SplittableRandom random = new SplittableRandom(42);
        LinkageState live = new LinkageState(5);
        List<LinkStore.Entry> dictionary = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            boolean excluded = i % 97 == 0;
            dictionary.add(new LinkStore.Entry(live.newIdentifier("K:" + i, excluded), "K:" + i, excluded));
        }
        List<LinkedReport> reports = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>(List.of(0));
        List<Integer> links = new ArrayList<>();
        for (int seq = 0; seq < 500; seq++) {
            LinkedReport report = report(
                    seq,
                    Integer.toString(random.nextInt(5000)),
                    "35020" + random.nextInt(1, 7),
                    Integer.toHexString(random.nextInt(16)));
            int[] identifiers =
                    random.ints(random.nextInt(1, 4), 0, 300).distinct().toArray();
            live.add(report, identifiers);
            reports.add(report);
            for (int identifier : identifiers) {
                links.add(identifier);
            }
            offsets.add(links.size());
        }
        live.clusterOfReport(1000).markFileable();
        live.clusterOfReport(1001).addCase(3);

        LinkageState rebuilt = LinkageState.rebuild(
                5,
                dictionary,
                reports,
                offsets.stream().mapToInt(Integer::intValue).toArray(),
                links.stream().mapToInt(Integer::intValue).toArray(),
                Set.of(1000L),
                Map.of(1001L, List.of(3L)));

        assertThat(rebuilt.clusterCount()).isEqualTo(live.clusterCount());
        for (int seq = 0; seq < 500; seq++) {
            LinkageState.Cluster a = live.clusterOfReport(1000L + seq);
            LinkageState.Cluster b = rebuilt.clusterOfReport(1000L + seq);
            assertThat(b.size()).isEqualTo(a.size());
            assertThat(b.totalLossCny()).isEqualByComparingTo(a.totalLossCny());
            assertThat(b.victims()).isEqualTo(a.victims());
            assertThat(b.fileable()).isEqualTo(a.fileable());
            assertThat(b.cases()).isEqualTo(a.cases());
            assertThat(rebuilt.nameOf(b)).isEqualTo(live.nameOf(a));
        }
        for (int identifier = 0; identifier < 300; identifier++) {
            assertThat(rebuilt.isHub(identifier)).isEqualTo(live.isHub(identifier));
        }
    }
}
