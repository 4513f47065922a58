package io.clearsky.simulator;

import java.util.ArrayList;
import java.util.List;

/** Keeps every element of a (small) world for tests to look at. */
final class RecordingSink implements WorldSink {

    final List<Subscriber> subscribers = new ArrayList<>();
    final List<Call> calls = new ArrayList<>();
    final List<Sms> sms = new ArrayList<>();
    final List<Transfer> transfers = new ArrayList<>();
    final List<Report> reports = new ArrayList<>();
    final List<Listing> listings = new ArrayList<>();
    final List<TruthRecord> truth = new ArrayList<>();
    final List<Object> everything = new ArrayList<>();

    @Override
    public void subscriber(Subscriber subscriber) {
        subscribers.add(subscriber);
        everything.add(subscriber);
    }

    @Override
    public void call(Call call) {
        calls.add(call);
        everything.add(call);
    }

    @Override
    public void sms(Sms message) {
        sms.add(message);
        everything.add(message);
    }

    @Override
    public void linkVisit(LinkVisit visit) {
        everything.add(visit);
    }

    @Override
    public void transfer(Transfer transfer) {
        transfers.add(transfer);
        everything.add(transfer);
    }

    @Override
    public void report(Report report) {
        reports.add(report);
        everything.add(report);
    }

    @Override
    public void listing(Listing listing) {
        listings.add(listing);
        everything.add(listing);
    }

    @Override
    public void truth(TruthRecord record) {
        truth.add(record);
        everything.add(record);
    }
}
