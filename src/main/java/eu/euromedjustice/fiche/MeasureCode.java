package eu.euromedjustice.fiche;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A measure's code: a String in Java; this class holds its rule and gives the contract one bounded schema for it. */
@Schema(name = "MeasureCode", type = SchemaType.STRING, maxLength = 16, pattern = "^" + MeasureCode.PATTERN + "$",
        description = "A measure's code: a theme letter or two, then one or two dot-separated numbers", example = "A.11")
public final class MeasureCode {

    public static final String PATTERN = "[A-Z]{1,2}\\.[0-9]{1,3}(\\.[0-9]{1,3})?";
    public static final String MESSAGE = "must be a measure code such as A.11";

    private MeasureCode() {
    }
}
