package io.clearsky.stream;

import io.clearsky.core.warning.Role;
import java.io.IOException;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.jspecify.annotations.Nullable;

/** A routed event between the router and the keyed rules: the key, the role, then the event. */
final class RoutedEventSerializer extends TypeSerializerSingleton<RoutedEvent> {

    static final RoutedEventSerializer INSTANCE = new RoutedEventSerializer();

    private static final Role[] ROLES = Role.values();

    @Override
    public boolean isImmutableType() {
        return true;
    }

    @Override
    public @Nullable RoutedEvent createInstance() {
        return null;
    }

    @Override
    public RoutedEvent copy(RoutedEvent from) {
        return from;
    }

    @Override
    public RoutedEvent copy(RoutedEvent from, RoutedEvent reuse) {
        return from;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(RoutedEvent routed, DataOutputView out) throws IOException {
        out.writeLong(routed.key());
        out.writeByte(routed.role().ordinal());
        RiskEventSerializer.INSTANCE.serialize(routed.event(), out);
    }

    @Override
    public RoutedEvent deserialize(DataInputView in) throws IOException {
        long key = in.readLong();
        Role role = ROLES[in.readByte()];
        return new RoutedEvent(key, role, RiskEventSerializer.INSTANCE.deserialize(in));
    }

    @Override
    public RoutedEvent deserialize(RoutedEvent reuse, DataInputView in) throws IOException {
        return deserialize(in);
    }

    @Override
    public void copy(DataInputView in, DataOutputView out) throws IOException {
        serialize(deserialize(in), out);
    }

    @Override
    public TypeSerializerSnapshot<RoutedEvent> snapshotConfiguration() {
        return new Snapshot();
    }

    /** The serializer's snapshot: there is nothing to configure. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<RoutedEvent> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }
}
