package eu.euromedjustice.common.i18n;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The BCP 47 language tags the API accepts (language, optional script, optional region, in their
 * canonical case), such as a member's languages. A string in Java; this class holds its rule and
 * gives the contract one shared, bounded schema for it.
 */
@Schema(name = "LanguageTag", type = SchemaType.STRING, maxLength = 15, pattern = "^" + LanguageTag.PATTERN + "$",
        description = "BCP 47 language tag: language, optional script and region, canonical case", example = "fr-CA")
public final class LanguageTag {

    public static final String PATTERN = "[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?";
    public static final String MESSAGE = "must be a BCP 47 language tag such as ar, fr or fr-CA";

    private LanguageTag() {
    }
}
