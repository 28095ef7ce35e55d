package vn.bantin.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Back-office sign-in: a Faces form ({@code /admin/dang-nhap.xhtml}) shown in place of any
 * protected page, which continues to that page after a successful sign-in.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/admin/dang-nhap.xhtml", errorPage = "", useForwardToLogin = true))
@DeclareRoles({Role.AUTHOR_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
@ApplicationScoped
public class SecurityConfiguration {
}
