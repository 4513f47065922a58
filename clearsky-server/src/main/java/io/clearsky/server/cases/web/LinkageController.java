package io.clearsky.server.cases.web;

import io.clearsky.server.agencies.Caller;
import io.clearsky.server.cases.ClusterRow;
import io.clearsky.server.cases.ClusterSummary;
import io.clearsky.server.cases.LinkageManagement;
import io.clearsky.server.cases.LinkageManagement.ExclusionResult;
import io.clearsky.server.cases.LinkageManagement.Hub;
import io.clearsky.server.cases.internal.LinkStore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The linkage API: clusters, their summaries, the hubs to review and analysts' exclusions. */
@RestController
@Tag(name = "Linkage", description = "Case linkage (串并案): clusters of reports that share identifiers")
class LinkageController {

    private final LinkageManagement linkage;

    LinkageController(LinkageManagement linkage) {
        this.linkage = linkage;
    }

    @GetMapping("/api/v1/clusters")
    @Operation(summary = "Clusters with a victim in your region, the largest losses first (centres)")
    List<ClusterRow> clusters(
            @RequestParam(defaultValue = "2") int minReports,
            @RequestParam(defaultValue = "false") boolean fileable,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(defaultValue = "100") int limit) {
        return linkage.clusters(minReports, fileable, region, limit, Caller.current());
    }

    @GetMapping("/api/v1/clusters/{reportId}")
    @Operation(summary = "The cluster a report is in: reports, victims, losses, regions, types, time span, ties")
    ClusterSummary cluster(@PathVariable long reportId) {
        return linkage.cluster(reportId, Caller.current());
    }

    @GetMapping("/api/v1/linkage/hubs")
    @Operation(summary = "Identifiers that tie too many reports to link any more, to review (centres)")
    List<Hub> hubs() {
        return linkage.hubs(Caller.current());
    }

    @GetMapping("/api/v1/linkage/exclusions")
    @Operation(summary = "Identifiers taken out of linking, with who and why (centres)")
    List<LinkStore.Exclusion> exclusions() {
        return linkage.exclusions(Caller.current());
    }

    /** An identifier to take out of linking, by the key a cluster summary shows, and why. */
    record Exclusion(@Nullable String key, @Nullable String reason) {}

    @PostMapping("/api/v1/linkage/exclusions")
    @Operation(summary = "Take an identifier out of linking for good; the clusters it joined are split (centres)")
    ExclusionResult exclude(@RequestBody @Nullable Exclusion exclusion) {
        return linkage.exclude(
                exclusion == null ? null : exclusion.key(),
                exclusion == null ? null : exclusion.reason(),
                Caller.current());
    }
}
