package eu.euromedjustice.common.paging;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging query parameters every list takes; read as text so that a bad value is a clear 400. */
public class PageParams {

    @QueryParam("limit")
    @Parameter(description = "Items per page, 1 to 100",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100", defaultValue = "20"))
    public String limit;

    @QueryParam("cursor")
    @Parameter(description = "The 'next' value of the previous page, unchanged; valid only with the same filters and limit",
            schema = @Schema(type = SchemaType.STRING, maxLength = Page.MAX_CURSOR_LENGTH))
    public String cursor;

    /** The request for a list without filters. */
    public PageRequest toRequest(String scope) {
        return toRequest(scope, null);
    }

    /**
     * @param filter the list's parsed filters (a record, so that its string form is canonical);
     *               a cursor continues only under the same filters and limit
     */
    public PageRequest toRequest(String scope, Object filter) {
        return PageRequest.of(scope, filter, limit, cursor);
    }
}
