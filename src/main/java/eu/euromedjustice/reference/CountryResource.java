package eu.euromedjustice.reference;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import eu.euromedjustice.common.http.Params;
import eu.euromedjustice.common.http.PublicCache;
import eu.euromedjustice.common.http.Responses;
import eu.euromedjustice.common.http.UpdatedSinceParam;
import eu.euromedjustice.common.paging.Page;
import eu.euromedjustice.common.paging.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/countries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Countries")
@PermitAll
public class CountryResource {

    private final CountryService countries;

    public CountryResource(CountryService countries) {
        this.countries = countries;
    }

    @GET
    @PublicCache
    @Operation(operationId = "listCountries", summary = "List countries",
            description = "Countries in code order: the South Partner Countries, the EU member states and others.")
    @APIResponse(responseCode = "200", description = "One page of countries")
    public RestResponse<Page<CountryDto>> list(@BeanParam PageParams paging,
            @QueryParam("region") @Parameter(description = "Only countries of this region",
                    schema = @Schema(implementation = Region.class)) String region,
            @BeanParam UpdatedSinceParam updatedSince,
            @Context HttpHeaders headers, @Context UriInfo uriInfo) {
        Region regionFilter = Params.enumValue("region", region, Region.class);
        Instant since = updatedSince.toInstant();
        return Responses.page(headers, uriInfo, countries.list(regionFilter, since,
                paging.toRequest(CountryService.PAGE_SCOPE, List.of(String.valueOf(regionFilter), String.valueOf(since)))));
    }

    @GET
    @Path("/{code}")
    @PublicCache
    @Operation(operationId = "getCountry", summary = "Get a country by its ISO 3166-1 alpha-2 code",
            description = "Public reference data, with its name in English, French and Arabic.")
    @APIResponse(responseCode = "200", description = "The country")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    public RestResponse<CountryDto> get(
            @PathParam("code") @Parameter(description = "ISO 3166-1 alpha-2 code, upper case", example = "MA",
                    schema = @Schema(type = SchemaType.STRING, minLength = 2, maxLength = 2, pattern = "^[A-Z]{2}$")) String code,
            @Context HttpHeaders headers) {
        CountryDto country = countries.get(Params.countryCode("code", code));
        return Responses.conditionalGet(headers, country);
    }
}
