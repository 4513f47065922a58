package io.clearsky.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoadResultsTests {

    @Test
    void batchIdentifiersAreRequestsTimesBatchSize() {
        LoadResults results = new LoadResults(
                Optional.empty(),
                Optional.of(new LoadResults.Rate(688.34, 10.1, 59.1)),
                1000,
                Optional.empty(),
                Optional.empty(),
                List.of());

        assertThat(results.batchIdentifiersPerSecond())
                .hasValueSatisfying(
                        ids -> assertThat(ids).isCloseTo(688_340, org.assertj.core.data.Offset.offset(0.01)));
    }

    @Test
    void noBatchPhaseNoIdentifiers() {
        LoadResults results = new LoadResults(
                Optional.empty(), Optional.empty(), 1000, Optional.empty(), Optional.empty(), List.of());

        assertThat(results.batchIdentifiersPerSecond()).isEmpty();
    }

    @Test
    void aMissingServerJarOrWrkIsAPrerequisiteMissing() {
        assertThat(CheckLoadDriver.missingPrerequisite(Path.of("no/such/server.jar")))
                .hasValueSatisfying(why -> assertThat(why).containsAnyOf("no server jar at no/such/server.jar", "wrk"));
    }
}
