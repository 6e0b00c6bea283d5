package eu.euromedjustice.fiche;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.euromedjustice.common.persistence.JsonColumn;

/**
 * Stores a fiche's content as one JSON text: a revision is written once and read whole. Also gives
 * the content as a JSON tree, field by field, for the diff and the comparison.
 */
@Converter
public class FicheContentConverter extends JsonColumn<FicheContent> {

    static final ObjectMapper JSON = JsonColumn.JSON;

    public FicheContentConverter() {
        super(new TypeReference<>() {
        });
    }

    /** The content as a JSON object; a field left out or empty is absent. */
    static JsonNode tree(FicheContent content) {
        return JSON.valueToTree(content);
    }
}
