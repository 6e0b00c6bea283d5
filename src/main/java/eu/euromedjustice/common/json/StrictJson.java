package eu.euromedjustice.common.json;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import eu.euromedjustice.common.http.Params;
import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Reads request bodies strictly: a value of the wrong JSON type is a 400 naming the field, never
 * quietly converted (no enum ordinals, no numbers as dates or texts, no "true" as a boolean), and
 * nothing reaches the database that one of the supported databases would refuse (control
 * characters, dates outside the years 1 to 9999).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public int priority() {
        return MINIMUM_PRIORITY; // after the defaults, so that these deserializers win
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.setDefaultLeniency(false);
        for (LogicalType scalar : new LogicalType[] {LogicalType.Textual, LogicalType.Enum}) {
            mapper.coercionConfigFor(scalar)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        for (LogicalType scalar : new LogicalType[] {LogicalType.Boolean, LogicalType.Integer, LogicalType.Float}) {
            mapper.coercionConfigFor(scalar).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        mapper.registerModule(new SimpleModule("strict-values")
                .addDeserializer(String.class, new TextDeserializer())
                .addDeserializer(LocalDate.class, new DateDeserializer()));
    }

    /** Texts without control characters other than tab, line feed and carriage return. */
    static final class TextDeserializer extends StdDeserializer<String> {

        TextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && Params.hasControlCharacter(text)) {
                throw context.weirdStringException(text, String.class, JsonFields.CONTROL_CHARACTERS);
            }
            return text;
        }
    }

    /** Strict ISO dates (never a number) in the years 1 to 9999, the range both databases store. */
    static final class DateDeserializer extends LocalDateDeserializer {

        DateDeserializer() {
            super(LocalDateDeserializer.INSTANCE, Boolean.FALSE);
        }

        @Override
        public JsonDeserializer<LocalDate> createContextual(DeserializationContext context, BeanProperty property) {
            return this; // keep this class and its strictness, whatever the defaults say
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            LocalDate date = super.deserialize(parser, context);
            if (date != null && (date.getYear() < 1 || date.getYear() > 9999)) {
                throw context.weirdStringException(parser.getText(), LocalDate.class, JsonFields.DATE_RANGE);
            }
            return date;
        }
    }
}
