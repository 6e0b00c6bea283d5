package eu.euromedjustice.common.json;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import eu.euromedjustice.common.persistence.StorableText;
import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Reads request bodies strictly: one JSON value and nothing after it, no key twice, and a value of
 * the wrong JSON type is a 400 naming the field, never quietly converted (no enum ordinals, no
 * trimmed or case-folded enum names, no numbers or arrays as dates, no 0, 1 or "" as a boolean).
 * Nothing reaches the database that one of the supported databases would refuse
 * ({@link StorableText}, dates outside the years 1 to 9999).
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
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // without it, {"username": "nobody", "username": "admin"} is read as admin
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
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
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        // "" is a text, never an absent value of another type
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setAcceptBlankAsEmpty(false);
        mapper.registerModule(new SimpleModule("strict-values")
                .addDeserializer(String.class, new TextDeserializer())
                .setDeserializerModifier(new StrictScalars()));
    }

    /** Texts that both databases can store. */
    static final class TextDeserializer extends StdDeserializer<String> {

        TextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && !StorableText.isStorable(text)) {
                throw context.weirdStringException(text, String.class, StorableText.PROBLEM);
            }
            return text;
        }
    }

    /** Wraps Jackson's own enum and java.time deserializers in the rules they leave lenient. */
    static final class StrictScalars extends BeanDeserializerModifier {

        @Override
        public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                BeanDescription description, JsonDeserializer<?> deserializer) {
            return new ExactEnum(deserializer, type.getRawClass());
        }

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                JsonDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            return TemporalAccessor.class.isAssignableFrom(type) ? new IsoTemporal(deserializer, type) : deserializer;
        }
    }

    /** An enum is its constant's exact name: Jackson would also take " OTHER\n " as OTHER. */
    static final class ExactEnum extends DelegatingDeserializer {

        private final Class<?> type;
        private final Set<String> names;

        ExactEnum(JsonDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
            this.names = Arrays.stream(type.getEnumConstants()).map(constant -> ((Enum<?>) constant).name())
                    .collect(Collectors.toUnmodifiableSet());
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new ExactEnum(newDelegatee, type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING) && !names.contains(parser.getText())) {
                throw context.weirdStringException(parser.getText(), type, "not one of the values accepted");
            }
            return super.deserialize(parser, context);
        }
    }

    /**
     * Dates and times are ISO 8601 strings in the years 1 to 9999, the range both databases store;
     * never numbers or arrays such as [2024, 1, 15].
     */
    static final class IsoTemporal extends DelegatingDeserializer {

        private final Class<?> type;

        IsoTemporal(JsonDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new IsoTemporal(newDelegatee, type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return context.handleUnexpectedToken(type, parser);
            }
            Object value = super.deserialize(parser, context);
            if (value instanceof TemporalAccessor temporal && !inStorableYears(temporal)) {
                throw context.weirdStringException(parser.getText(), type, JsonFields.YEAR_RANGE);
            }
            return value;
        }

        private static boolean inStorableYears(TemporalAccessor temporal) {
            if (temporal instanceof LocalDate || temporal instanceof LocalDateTime || temporal instanceof OffsetDateTime) {
                int year = temporal.get(ChronoField.YEAR);
                return year >= 1 && year <= 9999;
            }
            if (temporal instanceof Instant instant) {
                int year = instant.atOffset(ZoneOffset.UTC).getYear();
                return year >= 1 && year <= 9999;
            }
            return true;
        }
    }
}
