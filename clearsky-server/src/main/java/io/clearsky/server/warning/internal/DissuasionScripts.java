package io.clearsky.server.warning.internal;

import io.clearsky.core.indicator.ScamType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What a centre's caller says for each scam type ({@code dissuasion-scripts.yaml}): how to open, what to ask, the
 * moment to stop the payment, how to close. Every scam type has one in Chinese and in English; a missing one fails
 * the start.
 */
@Component
public class DissuasionScripts {

    static final String RESOURCE = "/io/clearsky/server/warning/dissuasion-scripts.yaml";

    /** A script in one language. */
    public record Lines(String opening, List<String> questions, String stopPayment, String closing) {}

    /** A script in both languages. */
    public record Script(String scamType, Lines zh, Lines en) {}

    private final Map<ScamType, Script> scripts = new EnumMap<>(ScamType.class);

    DissuasionScripts() {
        JsonNode root;
        try (InputStream in = DissuasionScripts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            root = new YAMLMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (ScamType type : ScamType.values()) {
            JsonNode node = root.get(type.name());
            if (node == null) {
                throw new IllegalStateException(RESOURCE + " has no script for " + type);
            }
            scripts.put(type, new Script(type.name(), lines(node, "zh", type), lines(node, "en", type)));
        }
    }

    /** The script for a scam type; OTHER's when it is not known. */
    public Script of(@Nullable ScamType type) {
        return scripts.get(type == null ? ScamType.OTHER : type);
    }

    private static Lines lines(JsonNode script, String language, ScamType type) {
        JsonNode node = script.get(language);
        String where = RESOURCE + " " + type + "." + language;
        if (node == null) {
            throw new IllegalStateException(where + " is missing");
        }
        List<String> questions = new ArrayList<>();
        JsonNode asked = node.get("questions");
        if (asked == null || !asked.isArray() || asked.isEmpty()) {
            throw new IllegalStateException(where + ".questions is missing");
        }
        asked.forEach(q -> questions.add(q.asString()));
        return new Lines(
                text(node, "opening", where),
                List.copyOf(questions),
                text(node, "stop-payment", where),
                text(node, "closing", where));
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString() || value.asString().isBlank()) {
            throw new IllegalStateException(where + "." + field + " is missing");
        }
        return value.asString().strip();
    }
}
