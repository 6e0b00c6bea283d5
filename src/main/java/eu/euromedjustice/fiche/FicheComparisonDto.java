package eu.euromedjustice.fiche;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import eu.euromedjustice.common.http.ApiConventionsFilter;
import eu.euromedjustice.common.i18n.LanguageMap;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Fiches side by side: one column per country (or per measure), one row per content field, so
 * that the differences show at a glance. A column without a published fiche is marked and has no
 * values.
 */
@Schema(name = "FicheComparison", description = "Current fiches side by side: one column per country (or measure), one row per field")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FicheComparisonDto(
        @Schema(description = "The measure compared across countries (when comparing countries)", example = "A.11", maxLength = 16)
        String measureCode,
        @Schema(description = "The country compared across measures (when comparing measures)", example = "MA", maxLength = 2,
                pattern = "^[A-Z]{2}$") String countryCode,
        @Schema(required = true, maxItems = 100) List<Column> columns,
        @Schema(required = true, maxItems = 30) List<Row> rows,
        @Schema(required = true, description = "The names of the organisations the authorities of the columns name, by id",
                example = "{\"0193f2a3-5b7c-7d8e-9f01-23456789abcd\": {\"en\": \"Ministry of Justice of Morocco\"}}",
                additionalProperties = LanguageMap.class)
        Map<String, LanguageMap> organisations,
        @Schema(required = true, example = FicheDisclaimer.EXAMPLE) LanguageMap disclaimer) {

    @Schema(name = "FicheComparisonColumn", description = "One fiche compared: its key in the rows' values, and whether it is published")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Column(
            @Schema(required = true, description = "The key of this column in every row's values: the country code, or the measure code",
                    example = "MA", maxLength = 16) String key,
            @Schema(required = true, example = "MA", maxLength = 2, pattern = "^[A-Z]{2}$") String countryCode,
            @Schema(required = true, example = "A.11", maxLength = 16) String measureCode,
            @Schema(required = true, description = "PUBLISHED, or NO_PUBLISHED_FICHE: the column then has no values",
                    example = "PUBLISHED") ColumnStatus status,
            @Schema(example = "2", minimum = "1", maximum = "2147483647") Integer revision,
            @Schema(example = "2026-11-27") LocalDate validFrom) {
    }

    @Schema(name = "FicheComparisonRow", description = "One content field across the columns")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Row(
            @Schema(required = true, example = "possibility", maxLength = 40) String field,
            @Schema(required = true, description = "Whether the published columns do not all say the same") boolean differs,
            @Schema(required = true, description = "Per column key, the field's value (any JSON type); absent where the column has none",
                    example = "{\"DZ\": \"YES\", \"MA\": \"PARTIAL\"}",
                    extensions = @Extension(name = ApiConventionsFilter.ANY_VALUE, value = "true"))
            Map<String, JsonNode> values) {
    }

    public enum ColumnStatus {
        PUBLISHED,
        NO_PUBLISHED_FICHE
    }
}
