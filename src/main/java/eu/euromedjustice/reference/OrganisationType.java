package eu.euromedjustice.reference;

public enum OrganisationType {
    NATIONAL_AUTHORITY,
    EU_BODY,
    INTERNATIONAL_ORGANISATION,
    PROJECT_TEAM,
    OTHER
}
