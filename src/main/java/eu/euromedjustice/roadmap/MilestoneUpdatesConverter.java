package eu.euromedjustice.roadmap;

import java.util.List;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.type.TypeReference;
import eu.euromedjustice.common.persistence.JsonColumn;

/** The milestone updates a report applied, as it applied them: a JSON list. */
@Converter
public class MilestoneUpdatesConverter extends JsonColumn<List<MilestoneUpdate>> {

    public MilestoneUpdatesConverter() {
        super(new TypeReference<>() {
        });
    }
}
