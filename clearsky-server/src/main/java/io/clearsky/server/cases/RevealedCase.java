package io.clearsky.server.cases;

import java.util.List;

/** A case's texts in clear, shown to who gave a reason: its title and its timeline as written. */
public record RevealedCase(long caseId, String caseNo, String title, List<TimelineEntry> timeline) {}
