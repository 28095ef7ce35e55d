package vn.bantin.security;

import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

/**
 * Who is acting in this request and with which roles. In the back office that is the signed-in
 * caller; the write API sets it from the request's own credentials. Services ask this bean, so
 * the same rules hold whichever way a request came in.
 */
@RequestScoped
public class CurrentActor {

    @Inject
    private SecurityContext security;

    private String apiCaller;
    private Set<Role> apiRoles;

    /** For the write API, after it has checked the request's credentials. */
    public void actAs(String username, Set<Role> roles) {
        this.apiCaller = username;
        this.apiRoles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean has(Role role) {
        if (apiCaller != null) {
            return apiRoles.contains(role);
        }
        return security.isCallerInRole(role.name());
    }

    public String name() {
        if (apiCaller != null) {
            return apiCaller;
        }
        return security.getCallerPrincipal() == null ? "-" : security.getCallerPrincipal().getName();
    }
}
