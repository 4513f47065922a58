package io.clearsky.stream;

import io.clearsky.core.warning.AppInstallEvent;
import io.clearsky.core.warning.CallDirection;
import io.clearsky.core.warning.CallEvent;
import io.clearsky.core.warning.CallRoute;
import io.clearsky.core.warning.Channel;
import io.clearsky.core.warning.LinkVisitEvent;
import io.clearsky.core.warning.RiskEvent;
import io.clearsky.core.warning.SmsEvent;
import io.clearsky.core.warning.TransferAttempt;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.types.StringValue;
import org.jspecify.annotations.Nullable;

/**
 * Risk events between the job's operators, field by field: a tag, then each record component in order. Flink would
 * otherwise fall back to Kryo, which cannot rebuild the core's immutable lists; re-reading the JSON would check every
 * identifier again for each of the up to three keys an event goes to. Only network buffers hold these bytes, never
 * state or savepoints, so the form may change freely between versions.
 */
final class RiskEventSerializer extends TypeSerializerSingleton<RiskEvent> {

    static final RiskEventSerializer INSTANCE = new RiskEventSerializer();

    private static final byte CALL = 1;
    private static final byte SMS = 2;
    private static final byte LINK_VISIT = 3;
    private static final byte APP_INSTALL = 4;
    private static final byte TRANSFER = 5;

    private static final CallDirection[] DIRECTIONS = CallDirection.values();
    private static final CallRoute[] ROUTES = CallRoute.values();
    private static final Channel[] CHANNELS = Channel.values();

    @Override
    public boolean isImmutableType() {
        return true;
    }

    @Override
    public @Nullable RiskEvent createInstance() {
        return null;
    }

    @Override
    public RiskEvent copy(RiskEvent from) {
        return from;
    }

    @Override
    public RiskEvent copy(RiskEvent from, RiskEvent reuse) {
        return from;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(RiskEvent event, DataOutputView out) throws IOException {
        if (event instanceof CallEvent call) {
            head(out, CALL, call);
            StringValue.writeString(call.caller(), out);
            StringValue.writeString(call.presented(), out);
            StringValue.writeString(call.callee(), out);
            out.writeInt(call.durationSeconds());
            out.writeByte(call.direction().ordinal());
            out.writeByte(call.route().ordinal());
        } else if (event instanceof SmsEvent sms) {
            head(out, SMS, sms);
            StringValue.writeString(sms.sender(), out);
            StringValue.writeString(sms.recipient(), out);
            out.writeInt(sms.urls().size());
            for (String url : sms.urls()) {
                StringValue.writeString(url, out);
            }
            StringValue.writeString(sms.text(), out);
        } else if (event instanceof LinkVisitEvent visit) {
            head(out, LINK_VISIT, visit);
            StringValue.writeString(visit.subscriber(), out);
            StringValue.writeString(visit.url(), out);
        } else if (event instanceof AppInstallEvent install) {
            head(out, APP_INSTALL, install);
            StringValue.writeString(install.subscriber(), out);
            StringValue.writeString(install.app(), out);
        } else if (event instanceof TransferAttempt transfer) {
            head(out, TRANSFER, transfer);
            StringValue.writeString(transfer.payer(), out);
            StringValue.writeString(transfer.payerPhone(), out);
            StringValue.writeString(transfer.payee(), out);
            out.writeLong(transfer.amountFen());
            out.writeByte(transfer.channel().ordinal());
            StringValue.writeString(transfer.region(), out);
        } else {
            throw new IllegalArgumentException("unknown event " + event.getClass());
        }
    }

    private static void head(DataOutputView out, byte tag, RiskEvent event) throws IOException {
        out.writeByte(tag);
        StringValue.writeString(event.id(), out);
        out.writeLong(event.at().getEpochSecond());
        out.writeInt(event.at().getNano());
    }

    @Override
    public RiskEvent deserialize(DataInputView in) throws IOException {
        byte tag = in.readByte();
        String id = StringValue.readString(in);
        Instant at = Instant.ofEpochSecond(in.readLong(), in.readInt());
        return switch (tag) {
            case CALL ->
                new CallEvent(
                        id,
                        at,
                        StringValue.readString(in),
                        StringValue.readString(in),
                        StringValue.readString(in),
                        in.readInt(),
                        DIRECTIONS[in.readByte()],
                        ROUTES[in.readByte()]);
            case SMS -> {
                String sender = StringValue.readString(in);
                String recipient = StringValue.readString(in);
                int count = in.readInt();
                List<String> urls = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    urls.add(StringValue.readString(in));
                }
                yield new SmsEvent(id, at, sender, recipient, urls, StringValue.readString(in));
            }
            case LINK_VISIT -> new LinkVisitEvent(id, at, StringValue.readString(in), StringValue.readString(in));
            case APP_INSTALL -> new AppInstallEvent(id, at, StringValue.readString(in), StringValue.readString(in));
            case TRANSFER ->
                new TransferAttempt(
                        id,
                        at,
                        StringValue.readString(in),
                        StringValue.readString(in),
                        StringValue.readString(in),
                        in.readLong(),
                        CHANNELS[in.readByte()],
                        StringValue.readString(in));
            default -> throw new IOException("unknown event tag " + tag);
        };
    }

    @Override
    public RiskEvent deserialize(RiskEvent reuse, DataInputView in) throws IOException {
        return deserialize(in);
    }

    @Override
    public void copy(DataInputView in, DataOutputView out) throws IOException {
        serialize(deserialize(in), out);
    }

    @Override
    public TypeSerializerSnapshot<RiskEvent> snapshotConfiguration() {
        return new Snapshot();
    }

    /** The serializer's snapshot: there is nothing to configure. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<RiskEvent> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }
}
