package vn.bantin.admin;

import static vn.bantin.admin.FacesText.message;
import static vn.bantin.admin.FacesText.text;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.bantin.security.ApiToken;
import vn.bantin.security.ApiTokenService;

/** {@code /admin/ma-api.xhtml}: the signed-in user's own API tokens: create (shown once) and revoke. */
@Named
@ViewScoped
public class ApiTokenView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApiTokenService tokens;

    private String name;
    private String createdToken;
    private String nameError;

    public List<ApiToken> getTokens() {
        return tokens.of(caller());
    }

    public void create() {
        nameError = null;
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            nameError = text("token.nameRequired");
            FacesText.message(FacesMessage.SEVERITY_ERROR, "editor.fixErrors");
            return;
        }
        createdToken = tokens.create(caller(), name);
        name = null;
    }

    /** The error summary's line for the name field, when the name was refused. */
    public java.util.List<ErrorLink> getErrorLinks() {
        return nameError == null ? java.util.List.of() : java.util.List.of(new ErrorLink("token-name", nameError));
    }

    public void revoke(long id) {
        tokens.revoke(caller(), id);
        createdToken = null;
        FacesText.message(FacesMessage.SEVERITY_INFO, "token.revoked");
    }

    private String caller() {
        return signedInName();
    }


    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCreatedToken() {
        return createdToken;
    }

    public String getNameError() {
        return nameError;
    }

    /** Read per request, not injected: the bean travels with the session between nodes. */
    private static String signedInName() {
        return jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }
}
