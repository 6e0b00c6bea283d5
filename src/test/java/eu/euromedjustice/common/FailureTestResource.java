package eu.euromedjustice.common;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only endpoint that fails the way a bug would, to check that nothing internal leaks. */
@Path(FailureTestResource.PATH)
@PermitAll
public class FailureTestResource {

    static final String PATH = "/api/v1/test-only/failure";
    static final String SECRET = "select password_hash from app_user";

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException("query failed: " + SECRET);
    }
}
