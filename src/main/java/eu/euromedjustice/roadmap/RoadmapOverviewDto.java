package eu.euromedjustice.roadmap;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.euromedjustice.common.i18n.LanguageMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RoadmapOverview", description = "Per country, its roadmap of one topic as it stands: adopted roadmaps only. "
        + "Every South Partner Country has a row, with or without a roadmap; other countries have one when they have a roadmap")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoadmapOverviewDto(
        @Schema(required = true) RoadmapTopic topic,
        @Schema(description = "The expert group asked for; absent for all", example = "CRIMEX", maxLength = 32) String expertGroup,
        @Schema(required = true, description = "The day overdue milestones are counted on (UTC)", example = "2026-12-02")
        LocalDate asOf,
        @Schema(description = "The regional roadmap of the topic, when there is one") Row regional,
        @Schema(required = true, description = "One row per country, by country code", maxItems = 300) List<Row> items) {

    /** A country's (or the region's) roadmap as the dashboard shows it; only countryCode when it has none. */
    @Schema(name = "RoadmapOverviewRow")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Row(
            @Schema(example = "MA", maxLength = 2, pattern = "^[A-Z]{2}$") String countryCode,
            @Schema(description = "The country's name") LanguageMap countryName,
            @Schema(description = "The roadmap shown: the newest one that is not superseded, if any",
                    example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd") UUID roadmapId,
            LanguageMap title,
            RoadmapStatus status,
            @Schema(description = "Done milestones over those not cancelled, in percent with one decimal", example = "66.7",
                    minimum = "0", maximum = "100") BigDecimal progress,
            @Schema(description = "Milestones not cancelled", example = "3", minimum = "0", maximum = "200") Integer milestones,
            @Schema(description = "Of them, done", example = "2", minimum = "0", maximum = "200") Integer milestonesDone,
            @Schema(description = "Open milestones due before asOf", example = "1", minimum = "0", maximum = "200")
            Integer overdueMilestones,
            @Schema(description = "The day of the last progress report", example = "2017-10-18") LocalDate lastReportOn,
            @Schema(description = "The meeting of the last progress report", example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd")
            UUID lastReportMeetingId) {
    }
}
