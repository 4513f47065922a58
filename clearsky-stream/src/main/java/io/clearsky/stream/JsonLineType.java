package io.clearsky.stream;

import org.apache.flink.api.common.typeinfo.TypeInformation;

/** The type information of {@link JsonLine}: a Java record, which Flink's POJO serializer handles. */
final class JsonLineType {

    static final TypeInformation<JsonLine> INFO = TypeInformation.of(JsonLine.class);

    private JsonLineType() {}
}
