package eu.euromedjustice.common.persistence;

import jakarta.persistence.AttributeConverter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Stores a value read whole and written whole (a fiche's content, a roadmap's principles) as one
 * JSON text, which H2 and PostgreSQL hold alike. A converter names its type by extending this.
 */
public abstract class JsonColumn<T> implements AttributeConverter<T, String> {

    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final TypeReference<T> type;

    protected JsonColumn(TypeReference<T> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(T value) {
        if (value == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(getClass().getSimpleName() + " cannot write its value as JSON", e);
        }
    }

    @Override
    public T convertToEntityAttribute(String column) {
        if (column == null) {
            return null;
        }
        try {
            return JSON.readValue(column, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(getClass().getSimpleName() + " found stored JSON it cannot read", e);
        }
    }
}
