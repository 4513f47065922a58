package io.clearsky.server;

import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses a NUL character (U+0000) in any string of a JSON body, as a 400 naming the field: PostgreSQL stores no NUL
 * in text and fails the statement (a 500, found by {@code MalformedInputIntegrationTests}), and no name, number or
 * note has one. Spring Boot registers the module with the application's JSON mapper.
 */
@Component
class NulFreeText extends SimpleModule {

    static final String MESSAGE = "must not contain a NUL character (U+0000)";

    NulFreeText() {
        super("nul-free-text");
        addDeserializer(String.class, new Strings());
    }

    private static final class Strings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            if (text != null && text.indexOf('\0') >= 0) {
                // Jackson adds the field's path on the way out; ProblemHandling names it
                throw new InvalidInputException("", MESSAGE);
            }
            return text;
        }
    }
}
