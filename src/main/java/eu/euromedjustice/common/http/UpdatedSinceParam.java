package eu.euromedjustice.common.http;

import java.time.Instant;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The sync filter every list takes, and its documentation, declared once. */
public class UpdatedSinceParam {

    @QueryParam("updatedSince")
    @Parameter(description = "Only items changed at or after this instant (RFC 3339), for partner sync; "
            + "the list is then in the order of change",
            example = "2026-11-01T00:00:00Z", schema = @Schema(type = SchemaType.STRING, format = "date-time", maxLength = 35))
    public String value;

    /** The instant, or null when absent; a malformed one is a 400 naming the parameter. */
    public Instant toInstant() {
        return Params.instant("updatedSince", value);
    }
}
