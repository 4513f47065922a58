package io.clearsky.simulator;

import io.clearsky.core.indicator.ScamType;
import io.clearsky.simulator.TruthRecord.Entity;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** A sink that counts what a world holds: elements by kind, transfers by kind, cases by scam type. */
public final class WorldStatistics implements WorldSink {

    private long subscribers;
    private long calls;
    private long sms;
    private long linkVisits;
    private long reports;
    private long listings;
    private final Map<Transfer.Kind, Long> transfers = new EnumMap<>(Transfer.Kind.class);
    private final Map<Entity, Long> truth = new EnumMap<>(Entity.class);
    private final Map<ScamType, Long> victimsByType = new EnumMap<>(ScamType.class);
    private Instant last = Instant.MIN;
    private boolean inOrder = true;

    @Override
    public void subscriber(Subscriber subscriber) {
        subscribers++;
    }

    @Override
    public void call(Call call) {
        calls++;
        seen(call.time());
    }

    @Override
    public void sms(Sms message) {
        sms++;
        seen(message.time());
    }

    @Override
    public void linkVisit(LinkVisit visit) {
        linkVisits++;
        seen(visit.time());
    }

    @Override
    public void transfer(Transfer transfer) {
        transfers.merge(transfer.kind(), 1L, Long::sum);
        seen(transfer.time());
    }

    @Override
    public void report(Report report) {
        reports++;
        seen(report.time());
    }

    @Override
    public void listing(Listing listing) {
        listings++;
        seen(listing.time());
    }

    @Override
    public void truth(TruthRecord record) {
        truth.merge(record.entity(), 1L, Long::sum);
        if (record.entity() == Entity.VICTIM && record.scamType() != null) {
            victimsByType.merge(record.scamType(), 1L, Long::sum);
        }
    }

    private void seen(Instant time) {
        if (time.isBefore(last)) {
            inOrder = false;
        }
        last = time;
    }

    public long subscribers() {
        return subscribers;
    }

    public long calls() {
        return calls;
    }

    public long sms() {
        return sms;
    }

    public long linkVisits() {
        return linkVisits;
    }

    public long reports() {
        return reports;
    }

    public long listings() {
        return listings;
    }

    public long transfers(Transfer.Kind kind) {
        return transfers.getOrDefault(kind, 0L);
    }

    public long transfers() {
        return transfers.values().stream().mapToLong(Long::longValue).sum();
    }

    public long truth(Entity entity) {
        return truth.getOrDefault(entity, 0L);
    }

    /** Victims who lost money, by the scam type they really fell for. */
    public Map<ScamType, Long> victimsByType() {
        return Map.copyOf(victimsByType);
    }

    /** Whether every timed element came no earlier than the one before it. */
    public boolean inTimeOrder() {
        return inOrder;
    }

    /** Every element that is an event: calls, SMS, link visits, transfers, reports and listings. */
    public long events() {
        return calls + sms + linkVisits + transfers() + reports + listings;
    }

    @Override
    public String toString() {
        return String.format(
                java.util.Locale.ROOT,
                "%,d subscribers; %,d calls, %,d SMS, %,d link visits, %,d transfers (%,d fraud payments, %,d mule"
                        + " forwards, %,d cash withdrawals), %,d reports, %,d listings; %,d victims, %,d gang numbers",
                subscribers,
                calls,
                sms,
                linkVisits,
                transfers(),
                transfers(Transfer.Kind.FRAUD_PAYMENT),
                transfers(Transfer.Kind.MULE_FORWARD),
                transfers(Transfer.Kind.CASH_WITHDRAWAL),
                reports,
                listings,
                truth(Entity.VICTIM),
                truth(Entity.PHONE_NUMBER));
    }
}
