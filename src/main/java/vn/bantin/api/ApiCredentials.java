package vn.bantin.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import vn.bantin.security.AccountIdentityStore;
import vn.bantin.security.ApiTokenService;
import vn.bantin.security.CurrentActor;
import vn.bantin.security.Role;

/**
 * Credentials for the write API: a personal token ({@code Authorization: Bearer bt_...}) or HTTP
 * Basic, of an EDITOR or ADMIN account. Basic goes through the back office's identity store, so
 * the sign-in pause after failures applies here too.
 * Reads stay open to everyone.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiCredentials implements ContainerRequestFilter {

    @Inject
    private AccountIdentityStore identityStore;

    @Inject
    private CurrentActor actor;

    @Inject
    private ApiTokenService tokens;

    @Override
    public void filter(ContainerRequestContext request) {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            var account = tokens.authenticate(header.substring(7).trim());
            if (account.isEmpty()) {
                request.abortWith(challenge("The API token is not valid or was revoked."));
                return;
            }
            allow(request, account.get().getUsername(), account.get().getRoles());
            return;
        }
        String[] credentials = basic(header);
        if (credentials == null) {
            request.abortWith(challenge("Credentials are missing or not HTTP Basic."));
            return;
        }
        CredentialValidationResult result = identityStore.validate(
                new UsernamePasswordCredential(credentials[0], credentials[1]));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            request.abortWith(challenge("The username or password is not correct, or sign-ins are paused."));
            return;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        result.getCallerGroups().forEach(group -> roles.add(Role.valueOf(group)));
        allow(request, result.getCallerPrincipal().getName(), roles);
    }

    private void allow(ContainerRequestContext request, String username, Set<Role> roles) {
        if (!roles.contains(Role.EDITOR) && !roles.contains(Role.ADMIN)) {
            request.abortWith(Problem.response(Response.Status.FORBIDDEN,
                    "The write API needs an EDITOR or ADMIN account."));
            return;
        }
        actor.actAs(username, roles);
    }

    private static String[] basic(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 1 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static Response challenge(String detail) {
        Response problem = Problem.response(Response.Status.UNAUTHORIZED, detail);
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"BanTin\", charset=\"UTF-8\"").build();
    }
}
