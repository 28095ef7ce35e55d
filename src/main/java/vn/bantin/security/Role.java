package vn.bantin.security;

/**
 * Back-office roles. AUTHOR writes drafts and submits them for review; EDITOR also reviews,
 * publishes, schedules and archives anyone's bulletins; ADMIN also manages users and sections.
 */
public enum Role {
    AUTHOR,
    EDITOR,
    ADMIN;

    /** Role names as the servlet container and {@code @RolesAllowed} see them. */
    public static final String AUTHOR_NAME = "AUTHOR";
    public static final String EDITOR_NAME = "EDITOR";
    public static final String ADMIN_NAME = "ADMIN";
}
