package io.clearsky.server.bulletins;

/** What the bulletins module tells the others: the audit trail records each. */
public final class BulletinEvents {

    private BulletinEvents() {}

    /** A centre published a bulletin. */
    public record BulletinPublished(
            long bulletinId, long agencyId, String regionCode, String scamType, String window, String actor) {}

    /** A bulletin was withdrawn; its delivery markers went with it. */
    public record BulletinWithdrawn(long bulletinId, long agencyId, int markersPurged, String actor) {}
}
