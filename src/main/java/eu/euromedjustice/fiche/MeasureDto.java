package eu.euromedjustice.fiche;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.euromedjustice.common.http.Versioned;
import eu.euromedjustice.common.i18n.LanguageMap;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Measure", description = "A judicial-cooperation measure: what a fiche describes for one country")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MeasureDto(
        @Schema(required = true, example = "A.11", maxLength = 16) String code,
        @Schema(required = true, example = "INTERCEPTION_OF_COMMUNICATIONS") Theme theme,
        @Schema(required = true, example = "{\"en\": \"Interception of telecommunications\", \"fr\": \"Interception des télécommunications\", "
                + "\"ar\": \"اعتراض الاتصالات\"}") LanguageMap title,
        @Schema(example = "{\"en\": \"Real-time interception of the content of telephone and internet communications.\"}")
        LanguageMap description,
        @Schema(required = true, example = "[\"A.50\"]", maxItems = 20, type = SchemaType.ARRAY, implementation = MeasureCode.class)
        List<String> relatedMeasureCodes,
        @Schema(required = true, description = "Changes with every update; the ETag carries it too", example = "0",
                minimum = "0", maximum = "9223372036854775807") long version,
        @Schema(required = true, example = "2026-11-27T10:15:30Z") Instant createdAt,
        @Schema(required = true, example = "2026-11-27T10:15:30Z") Instant updatedAt) implements Versioned {

    @Override
    public Object key() {
        return code;
    }
}
