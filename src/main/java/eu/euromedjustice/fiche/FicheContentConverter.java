package eu.euromedjustice.fiche;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Stores a fiche's content as one JSON text: a revision is written once and read whole, and a text
 * column behaves alike on H2 and PostgreSQL. Also gives the content as a JSON tree, field by field,
 * for the diff and the comparison.
 */
@Converter
public class FicheContentConverter implements AttributeConverter<FicheContent, String> {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Override
    public String convertToDatabaseColumn(FicheContent content) {
        if (content == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Fiche content cannot be written as JSON", e);
        }
    }

    @Override
    public FicheContent convertToEntityAttribute(String column) {
        if (column == null) {
            return null;
        }
        try {
            return JSON.readValue(column, FicheContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored fiche content is not valid JSON", e);
        }
    }

    /** The content as a JSON object; a field left out or empty is absent. */
    static JsonNode tree(FicheContent content) {
        return JSON.valueToTree(content);
    }
}
