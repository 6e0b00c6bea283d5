package eu.euromedjustice.reference;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A country code: a String in Java; this class gives the contract one bounded schema for lists of them. */
@Schema(name = "CountryCode", type = SchemaType.STRING, maxLength = 2, pattern = "^[A-Z]{2}$",
        description = "ISO 3166-1 alpha-2 country code", example = "MA")
public final class CountryCode {

    private CountryCode() {
    }
}
