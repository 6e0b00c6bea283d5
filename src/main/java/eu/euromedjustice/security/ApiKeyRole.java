package eu.euromedjustice.security;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The roles an API key may hold: any but {@link Role#ADMIN}, so that a leaked key cannot manage accounts or keys. */
@Schema(description = "The role an API key acts with; never ADMIN")
public enum ApiKeyRole {
    /** Machine client of a partner system: read-only. */
    PARTNER,
    MEMBER,
    EDITOR;

    public Role role() {
        return Role.valueOf(name());
    }
}
