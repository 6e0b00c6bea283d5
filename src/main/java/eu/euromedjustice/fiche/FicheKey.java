package eu.euromedjustice.fiche;

import java.util.regex.Pattern;

import jakarta.ws.rs.PathParam;

import eu.euromedjustice.common.http.Params;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {country}/{measure} path parameters that name a fiche, documented and checked once. */
public class FicheKey {

    private static final Pattern MEASURE_CODE = Pattern.compile(MeasureCode.PATTERN);

    @PathParam("country")
    @Parameter(description = "The country (ISO 3166-1 alpha-2)", example = "MA",
            schema = @Schema(type = SchemaType.STRING, maxLength = 2, pattern = "^[A-Z]{2}$"))
    public String country;

    @PathParam("measure")
    @Parameter(description = "The measure's code", example = "A.11",
            schema = @Schema(type = SchemaType.STRING, maxLength = 16, pattern = "^" + MeasureCode.PATTERN + "$"))
    public String measure;

    String country() {
        return Params.countryCode("country", country);
    }

    String measure() {
        return Params.matching("measure", measure, MEASURE_CODE, MeasureCode.MESSAGE);
    }
}
