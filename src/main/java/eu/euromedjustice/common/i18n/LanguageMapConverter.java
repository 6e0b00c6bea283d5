package eu.euromedjustice.common.i18n;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Stores a language map as a JSON object in a text column, which H2 and PostgreSQL both handle alike. */
@Converter(autoApply = true)
public class LanguageMapConverter implements AttributeConverter<LanguageMap, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(LanguageMap value) {
        if (value == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(value.texts());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Language map cannot be written as JSON", e);
        }
    }

    @Override
    public LanguageMap convertToEntityAttribute(String column) {
        if (column == null) {
            return null;
        }
        try {
            Map<String, String> texts = JSON.readValue(column, MAP);
            return LanguageMap.of(texts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored language map is not valid JSON", e);
        }
    }
}
