package eu.euromedjustice.fiche;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A way a request may be sent to the country")
public enum Channel {
    CENTRAL_AUTHORITY,
    DIRECT,
    DIPLOMATIC,
    INTERPOL,
    EUROJUST
}
