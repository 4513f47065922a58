package io.clearsky.server.registry;

/** A bulk import of a police list finished (completed or failed). */
public record ImportFinished(long jobId, long agencyId, String status, int accepted, int rejected, String actor) {}
