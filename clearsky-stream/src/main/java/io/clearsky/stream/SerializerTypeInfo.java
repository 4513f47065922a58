package io.clearsky.stream;

import io.clearsky.core.warning.RiskEvent;
import org.apache.flink.api.common.serialization.SerializerConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;

/** The type information of a type with a serializer of its own, so Flink never falls back to Kryo for it. */
final class SerializerTypeInfo<T> extends TypeInformation<T> {

    static final SerializerTypeInfo<RiskEvent> RISK_EVENT =
            new SerializerTypeInfo<>(RiskEvent.class, RiskEventSerializer.INSTANCE);
    static final SerializerTypeInfo<RoutedEvent> ROUTED_EVENT =
            new SerializerTypeInfo<>(RoutedEvent.class, RoutedEventSerializer.INSTANCE);

    private final Class<T> type;
    private final TypeSerializer<T> serializer;

    private SerializerTypeInfo(Class<T> type, TypeSerializer<T> serializer) {
        this.type = type;
        this.serializer = serializer;
    }

    @Override
    public boolean isBasicType() {
        return false;
    }

    @Override
    public boolean isTupleType() {
        return false;
    }

    @Override
    public int getArity() {
        return 1;
    }

    @Override
    public int getTotalFields() {
        return 1;
    }

    @Override
    public Class<T> getTypeClass() {
        return type;
    }

    @Override
    public boolean isKeyType() {
        return false;
    }

    @Override
    public TypeSerializer<T> createSerializer(SerializerConfig config) {
        return serializer;
    }

    @Override
    public String toString() {
        return type.getSimpleName();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SerializerTypeInfo<?> info && info.type == type;
    }

    @Override
    public int hashCode() {
        return type.hashCode();
    }

    @Override
    public boolean canEqual(Object other) {
        return other instanceof SerializerTypeInfo<?>;
    }
}
