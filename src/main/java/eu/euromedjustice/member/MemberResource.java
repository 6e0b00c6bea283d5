package eu.euromedjustice.member;

import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.JsonNode;
import eu.euromedjustice.common.http.IfMatchParam;
import eu.euromedjustice.common.http.Params;
import eu.euromedjustice.common.http.Responses;
import eu.euromedjustice.common.http.UpdatedSinceParam;
import eu.euromedjustice.common.i18n.LanguageTag;
import eu.euromedjustice.common.json.MergePatch;
import eu.euromedjustice.common.paging.Page;
import eu.euromedjustice.common.paging.PageParams;
import eu.euromedjustice.common.problem.Problem;
import eu.euromedjustice.reference.ExpertGroupInput;
import eu.euromedjustice.reference.Topic;
import eu.euromedjustice.security.BearerIdentityProvider;
import eu.euromedjustice.security.Roles;
import eu.euromedjustice.security.Viewer;
import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.Cache;
import org.jboss.resteasy.reactive.RestResponse;

/** The member directory. What each caller sees of a person is decided by {@link PersonVisibility}. */
@Path("/api/v1/members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members")
@Cache(isPrivate = true, noCache = true) // personal data: never in a shared cache
public class MemberResource {

    private static final Pattern GROUP_CODE = Pattern.compile(ExpertGroupInput.CODE_PATTERN);
    private static final Pattern LANGUAGE_TAG = Pattern.compile(LanguageTag.PATTERN);

    private final MemberService members;
    private final SecurityIdentity identity;

    public MemberResource(MemberService members, SecurityIdentity identity) {
        this.members = members;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.MEMBER, Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "listMembers", summary = "List members",
            description = "Members by family name, given name and id, optionally filtered. The filters expertGroup, role "
                    + "and activeOn must all hold for one and the same membership. Each member shows what the caller may see.")
    @APIResponse(responseCode = "200", description = "One page of members")
    public RestResponse<Page<MemberDto>> list(@BeanParam PageParams paging,
            @QueryParam("country") @Parameter(description = "Only members of this country (ISO 3166-1 alpha-2)",
                    example = "TN", schema = @Schema(type = SchemaType.STRING, maxLength = 2, pattern = "^[A-Z]{2}$")) String country,
            @QueryParam("organisation") @Parameter(description = "Only members of this organisation (its id)",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) String organisation,
            @QueryParam("expertGroup") @Parameter(description = "Only members with a membership in this expert group",
                    example = "CRIMEX", schema = @Schema(type = SchemaType.STRING, maxLength = 32,
                            pattern = "^" + ExpertGroupInput.CODE_PATTERN + "$")) String expertGroup,
            @QueryParam("role") @Parameter(description = "Only members with a membership in this role",
                    schema = @Schema(implementation = MembershipRole.class)) String role,
            @QueryParam("activeOn") @Parameter(description = "Only members with a membership current on this day",
                    example = "2026-11-27", schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10)) String activeOn,
            @QueryParam("expertise") @Parameter(description = "Only members with this expertise",
                    schema = @Schema(implementation = Topic.class)) String expertise,
            @QueryParam("language") @Parameter(description = "Only members speaking this language (fr also finds fr-CA); "
                    + "MEMBER role or above, since languages are withheld from PARTNER",
                    example = "fr", schema = @Schema(implementation = LanguageTag.class)) String language,
            @QueryParam("q") @Parameter(description = "Words each contained in the given or family name, in any order; "
                    + "case- and accent-insensitive (benali finds Benalí)",
                    example = "benali", schema = @Schema(type = SchemaType.STRING, maxLength = 200)) String text,
            @BeanParam UpdatedSinceParam updatedSince,
            @Context HttpHeaders headers, @Context UriInfo uriInfo) {
        MemberFilter filter = new MemberFilter(
                Params.optional(country, raw -> Params.countryCode("country", raw)),
                Params.optional(organisation, raw -> Params.uuid("organisation", raw)),
                Params.optional(expertGroup, raw -> Params.matching("expertGroup", raw, GROUP_CODE, ExpertGroupInput.CODE_MESSAGE)),
                Params.enumValue("role", role, MembershipRole.class),
                Params.date("activeOn", activeOn),
                Params.enumValue("expertise", expertise, Topic.class),
                Params.optional(language, raw -> Params.matching("language", raw, LANGUAGE_TAG, LanguageTag.MESSAGE)),
                Params.text("q", text, 200),
                updatedSince.toInstant());
        Viewer viewer = viewer();
        // what each member shows depends on who asks, so the page's ETag does too
        return Responses.page(headers, uriInfo, members.list(filter, paging.toRequest(MemberService.PAGE_SCOPE, filter), viewer),
                viewer);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTNER, Roles.MEMBER, Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "getMember", summary = "Get a member",
            description = "The member with its memberships, as the caller may see it. The ETag is the version, which "
                    + "membership changes move on too; send it as If-None-Match to poll cheaply.")
    @APIResponse(responseCode = "200", description = "The member")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    public RestResponse<MemberDto> get(@PathParam("id") @Parameter(description = "Member id (UUID)") String id,
            @Context HttpHeaders headers) {
        MemberDto member = members.get(Params.uuid("id", id), viewer());
        return Responses.conditionalGet(headers, member);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "createMember", summary = "Create a member",
            description = "Memberships are added afterwards, under /api/v1/members/{id}/memberships.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new member",
            content = @Content(schema = @Schema(implementation = MemberDto.class)))
    @APIResponse(responseCode = "409", description = "The organisation was deleted meanwhile",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<MemberDto> create(@Valid @NotNull MemberInput body, @Context UriInfo uriInfo) {
        MemberDto member = members.create(body, viewer());
        return Responses.created(uriInfo, member);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "replaceMember", summary = "Replace a member",
            description = "Replaces the member's own properties (memberships stay). Needs If-Match with the current ETag. "
                    + "An erased member cannot change (409).")
    @APIResponse(responseCode = "200", description = "The member as replaced")
    @APIResponse(responseCode = "409", description = "The member was erased, or the organisation was deleted meanwhile",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<MemberDto> replace(@PathParam("id") String id,
            @BeanParam IfMatchParam.Required ifMatch,
            @Valid @NotNull MemberInput body) {
        MemberDto member = members.replace(Params.uuid("id", id), ifMatch.toPrecondition(), body, viewer());
        return Responses.ok(member);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed({Roles.MEMBER, Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "patchMember", summary = "Change some properties of a member",
            description = "JSON Merge Patch (RFC 7396): name the properties to change; null removes an optional one. "
                    + "Needs If-Match with the current ETag. A MEMBER may patch only the member its own account is "
                    + "linked to (403 otherwise); memberships are not changed this way.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = MemberInput.class), example = "{\"contactConsent\": true}"))
    @APIResponse(responseCode = "200", description = "The member as changed")
    @APIResponse(responseCode = "409", description = "The member was erased, or the organisation was deleted meanwhile",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<MemberDto> patch(@PathParam("id") String id,
            @BeanParam IfMatchParam.Required ifMatch,
            JsonNode patch) {
        MemberDto member = members.patch(Params.uuid("id", id), ifMatch.toPrecondition(), patch, viewer());
        return Responses.ok(member);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "deleteMember", summary = "Delete a member",
            description = "Deletes the member and its memberships. A member that something else refers to (an account, "
                    + "and later meetings or reports) cannot be deleted (409): erase its personal data instead. "
                    + "Honours If-Match when sent.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Something still refers to the member; the detail names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") String id, @BeanParam IfMatchParam.Optional ifMatch) {
        members.delete(Params.uuid("id", id), ifMatch.toPrecondition());
    }

    @POST
    @Path("/{id}/erase")
    @RolesAllowed(Roles.ADMIN)
    @Cache(noStore = true)
    @Operation(operationId = "eraseMember", summary = "Erase a member's personal data",
            description = "The right to erasure (GDPR article 17) where the record must stay for what refers to it: names "
                    + "become \"Former member\" and the country, every other personal property is removed, memberships "
                    + "stay, and the linked account, if any, is disabled. Cannot be undone; erasing again changes nothing.")
    @APIResponse(responseCode = "200", description = "The member as erased")
    @APIResponse(responseCode = "409", description = "The linked account is the last enabled administrator's, which cannot be disabled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<MemberDto> erase(@PathParam("id") String id) {
        MemberDto member = members.erase(Params.uuid("id", id), viewer(), identity.getAttribute(BearerIdentityProvider.USER_ID));
        return Responses.ok(member);
    }

    @GET
    @Path("/{id}/personal-data")
    @RolesAllowed({Roles.PARTNER, Roles.MEMBER, Roles.EDITOR, Roles.ADMIN})
    @Cache(noStore = true)
    @Operation(operationId = "exportMemberPersonalData", summary = "Export everything held about a member",
            description = "The rights of access and portability (GDPR articles 15 and 20), as one JSON document: the member "
                    + "with its memberships and the linked account. For an ADMIN, or the account linked to the member (403 otherwise).")
    @APIResponse(responseCode = "200", description = "The member's personal data")
    public PersonalDataDto personalData(@PathParam("id") String id) {
        return members.personalData(Params.uuid("id", id), viewer());
    }

    private Viewer viewer() {
        return Viewer.of(identity);
    }
}
