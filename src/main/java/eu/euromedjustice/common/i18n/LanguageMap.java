package eu.euromedjustice.common.i18n;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * Multilingual text: BCP 47 language tag to text, e.g. {"en": "Ministry of Justice", "ar": "وزارة العدل"}.
 * The key is the language tag, which is all a client needs to pick the script direction (ar is RTL).
 */
@Schema(name = "LanguageMap", type = SchemaType.OBJECT, additionalProperties = Schema.False.class, minProperties = 1,
        description = "Text per BCP 47 language tag (en, fr, ar). English is required where the field is required; "
                + "Arabic (ar) is written right-to-left. A field may allow fewer characters than the 10,000 shown here.",
        properties = {
                @SchemaProperty(name = "en", type = SchemaType.STRING, minLength = 1, maxLength = LanguageText.MAX_LENGTH,
                        description = "English"),
                @SchemaProperty(name = "fr", type = SchemaType.STRING, minLength = 1, maxLength = LanguageText.MAX_LENGTH,
                        description = "French"),
                @SchemaProperty(name = "ar", type = SchemaType.STRING, minLength = 1, maxLength = LanguageText.MAX_LENGTH,
                        description = "Arabic, right-to-left")},
        example = "{\"en\": \"Ministry of Justice\", \"fr\": \"Ministère de la Justice\", \"ar\": \"وزارة العدل\"}")
public final class LanguageMap {

    /**
     * The languages of the programme, in display order. They are part of the contract (the
     * LanguageMap schema names them), so adding one is a change of code and contract together.
     */
    public static final List<String> LANGUAGES = List.of("en", "fr", "ar");
    /** The one text a required language map must have. */
    public static final String REQUIRED_LANGUAGE = "en";

    @Schema(hidden = true) // the JSON is the map itself (see @JsonValue), described on the class
    private final Map<String, String> texts;

    private LanguageMap(Map<String, String> texts) {
        this.texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static LanguageMap of(Map<String, String> texts) {
        return new LanguageMap(texts == null ? Map.of() : texts);
    }

    public static LanguageMap of(String en, String fr, String ar) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (en != null) {
            texts.put("en", en);
        }
        if (fr != null) {
            texts.put("fr", fr);
        }
        if (ar != null) {
            texts.put("ar", ar);
        }
        return new LanguageMap(texts);
    }

    @JsonValue
    public Map<String, String> texts() {
        return texts;
    }

    public String get(String language) {
        return texts.get(language);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LanguageMap map && texts.equals(map.texts);
    }

    @Override
    public int hashCode() {
        return texts.hashCode();
    }

    @Override
    public String toString() {
        return texts.toString();
    }
}
