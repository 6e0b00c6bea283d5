package eu.euromedjustice.security;

/** Role names as used in {@code @RolesAllowed}; the values of {@link Role}. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String EDITOR = "EDITOR";
    public static final String MEMBER = "MEMBER";
    public static final String PARTNER = "PARTNER";

    private Roles() {
    }
}
