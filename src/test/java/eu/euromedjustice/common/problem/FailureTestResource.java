package eu.euromedjustice.common.problem;

import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.hibernate.exception.JDBCConnectionException;

/** Test-only endpoints that fail the way bugs, outages and the database would, to check how each is answered. */
@Path(FailureTestResource.PATH)
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class FailureTestResource {

    static final String PATH = "/api/v1/test-only/failure";
    static final String SECRET = "select password_hash from app_user";

    private final EntityManager entityManager;

    public FailureTestResource(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @GET
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException("query failed: " + SECRET);
    }

    @GET
    @Path("/database-down")
    @Operation(hidden = true)
    public String databaseDown() {
        throw new JDBCConnectionException("could not connect", new SQLException("Connection to db.internal:5432 refused", "08001"));
    }

    @GET
    @Path("/pool-exhausted")
    @Operation(hidden = true)
    public String poolExhausted() {
        throw new IllegalStateException(new SQLException("Acquisition timeout while waiting for new connection", new TimeoutException()));
    }

    @GET
    @Path("/deadlock")
    @Operation(hidden = true)
    public String deadlock() {
        throw new jakarta.persistence.PessimisticLockException(new org.hibernate.exception.LockAcquisitionException(
                "could not lock", new SQLException("Deadlock detected on table PERSON", "40001")));
    }

    @GET
    @Path("/status/{status}")
    @Operation(hidden = true)
    public String status(@PathParam("status") int status) {
        throw new WebApplicationException(Response.status(status).header("Retry-After", "7").build());
    }

    @GET
    @Path("/unwritable")
    @Operation(hidden = true)
    public Unwritable unwritable() {
        return new Unwritable();
    }

    @GET
    @Path("/no-serializer")
    @Operation(hidden = true)
    public Object noSerializer() {
        return new Object(); // Jackson has nothing to write: InvalidDefinitionException
    }

    /** Breaks one kind of database constraint on purpose. */
    @POST
    @Path("/constraint/{kind}")
    @Transactional
    @Operation(hidden = true)
    public String breakConstraint(@PathParam("kind") String kind) {
        String sql = switch (kind) {
            // a username a client can collide with: app_user_username_uk
            case "client-unique" -> "insert into app_user (id, username, password_hash, enabled, version, created_at, updated_at)"
                    + " values ('" + UUID.randomUUID() + "', 'admin', 'x', true, 0, current_timestamp, current_timestamp)";
            // an expert group's code, also chosen by clients: expert_group_code_uk (twice in this statement)
            case "client-key" -> "insert into expert_group (code, name, version, created_at, updated_at) values"
                    + " ('RACE', '{\"en\":\"x\"}', 0, current_timestamp, current_timestamp),"
                    + " ('RACE', '{\"en\":\"x\"}', 0, current_timestamp, current_timestamp)";
            case "primary-key" -> "insert into country (code, name, region, version, created_at, updated_at)"
                    + " values ('MA', '{\"en\":\"x_uk\"}', 'SPC', 0, current_timestamp, current_timestamp)";
            case "foreign-key" -> "insert into organisation (id, name, type, country_code, search_text, version, created_at, updated_at)"
                    + " values ('" + UUID.randomUUID() + "', '{\"en\":\"x\"}', 'OTHER', 'ZZ', 'x', 0, current_timestamp, current_timestamp)";
            case "not-null" -> "insert into organisation (id, name, type, search_text, version, created_at, updated_at)"
                    + " values ('" + UUID.randomUUID() + "', null, 'OTHER', 'x', 0, current_timestamp, current_timestamp)";
            default -> throw new IllegalArgumentException(kind);
        };
        entityManager.createNativeQuery(sql).executeUpdate();
        return "{}";
    }

    /** A response that fails while it is written. */
    public static final class Unwritable {
        public String getName() {
            throw new IllegalStateException("cannot read the name of an internal.Thing");
        }
    }
}
