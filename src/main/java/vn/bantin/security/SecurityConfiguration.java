package vn.bantin.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles of the back office. Signing in is done by {@link StaffSignIn}, the application's one
 * authentication mechanism; the write API checks its own credentials (vn.bantin.api.ApiCredentials).
 */
@DeclareRoles({Role.AUTHOR_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
@ApplicationScoped
public class SecurityConfiguration {
}
