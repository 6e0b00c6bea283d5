package eu.euromedjustice.fiche;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import eu.euromedjustice.common.i18n.LanguageMap;

/** A fiche's content field by field, as JSON values: for the diff, the comparison, and the search text. */
final class FicheFields {

    /** The content fields in their order in the fiche. */
    static final List<String> NAMES = Arrays.stream(FicheContent.class.getRecordComponents()).map(RecordComponent::getName).toList();

    private FicheFields() {
    }

    /** Each field that has a value (an empty list or text has none), in field order. */
    static Map<String, JsonNode> values(FicheContent content) {
        JsonNode tree = FicheContentConverter.tree(content);
        Map<String, JsonNode> values = new LinkedHashMap<>();
        for (String name : NAMES) {
            JsonNode value = tree.get(name);
            if (value != null && !value.isNull() && !(value.isContainerNode() && value.isEmpty())) {
                values.put(name, value);
            }
        }
        return values;
    }

    /** The fields whose values differ, in field order; every field with a value when there is no earlier content. */
    static List<FicheDiffDto.Change> diff(FicheContent before, FicheContent after) {
        Map<String, JsonNode> old = before == null ? Map.of() : values(before);
        Map<String, JsonNode> now = values(after);
        List<FicheDiffDto.Change> changes = new ArrayList<>();
        for (String name : NAMES) {
            if (!Objects.equals(old.get(name), now.get(name))) {
                changes.add(new FicheDiffDto.Change(name, old.get(name), now.get(name)));
            }
        }
        return changes;
    }

    /** Every text of the content, in every language (and codes, tags and enum values), for the free-text search. */
    static Stream<String> texts(FicheContent content) {
        return leaves(FicheContentConverter.tree(content));
    }

    private static Stream<String> leaves(JsonNode node) {
        if (node.isContainerNode()) {
            return StreamSupport.stream(node.spliterator(), false).flatMap(FicheFields::leaves);
        }
        return node.isNull() ? Stream.empty() : Stream.of(node.asText());
    }

    /**
     * A value as one line of text in a language, for a spreadsheet cell: a language map gives its
     * text in that language, a list its items joined by "; ", an object its parts joined by " - ".
     */
    static String text(JsonNode value, String language) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (isLanguageMap(value)) {
            JsonNode text = value.get(language);
            return text == null ? "" : text.asText();
        }
        if (value.isArray()) {
            return StreamSupport.stream(value.spliterator(), false).map(item -> text(item, language))
                    .filter(text -> !text.isEmpty()).collect(Collectors.joining("; "));
        }
        if (value.isObject()) {
            return StreamSupport.stream(value.spliterator(), false).map(part -> text(part, language))
                    .filter(text -> !text.isEmpty()).collect(Collectors.joining(" - "));
        }
        return value.asText();
    }

    private static boolean isLanguageMap(JsonNode value) {
        if (!value.isObject() || value.isEmpty()) {
            return false;
        }
        for (var names = value.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!LanguageMap.LANGUAGES.contains(name) || !value.get(name).isTextual()) {
                return false;
            }
        }
        return true;
    }
}
