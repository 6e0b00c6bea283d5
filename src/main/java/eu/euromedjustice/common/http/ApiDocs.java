package eu.euromedjustice.common.http;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The OpenAPI document's header: what the API is and its tags (its security schemes: application.properties, ApiConventionsFilter). */
@OpenAPIDefinition(
        info = @Info(title = "EuroMed Justice Platform API", version = "1.0.0",
                description = "System of record of the CrimEx expert group (EuroMed Justice): meetings, members, "
                        + "roadmaps and EuroMed Fiches. Errors are RFC 9457 problem details "
                        + "(application/problem+json). Lists are keyset-paged: follow `next` (or the Link header). A list page "
                        + "carries a weak ETag: If-None-Match with it answers 304, without a body, while nothing on the page "
                        + "changed. Every list takes updatedSince for partner sync. "
                        + "Updates need If-Match with the ETag of the last GET. Get a bearer token from "
                        + "POST /api/v1/auth/token and use the Authorize button; machine clients (partner systems) use an "
                        + "API key from an administrator instead.",
                contact = @Contact(name = "EuroMed Justice project team", url = "https://euromed-justice.eu"),
                license = @License(name = "Proprietary")),
        servers = @Server(url = "/", description = "The instance serving this document: production, staging or local alike",
                extensions = @Extension(name = "x-internal", value = "false", parseValue = true)),
        tags = {
                @Tag(name = "Authentication", description = "Tokens and the current user"),
                @Tag(name = "Users", description = "Accounts and roles (administrators only)"),
                @Tag(name = "API keys", description = "Keys of machine clients such as partner systems (administrators only)"),
                @Tag(name = "Countries", description = "Reference data: countries and their regions"),
                @Tag(name = "Organisations", description = "Reference data: authorities, EU bodies, international organisations"),
                @Tag(name = "Expert groups", description = "Reference data: expert groups such as CrimEx"),
                @Tag(name = "Sync", description = "For partner systems and accountability: the change feed and the audit log")
        })
public class ApiDocs extends Application {
}
