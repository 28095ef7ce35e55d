package vn.bantin.admin;

import static vn.bantin.admin.FacesText.message;
import static vn.bantin.admin.FacesText.text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.bantin.security.Account;
import vn.bantin.security.AccountService;
import vn.bantin.security.Role;

/**
 * {@code /admin/nguoi-dung.xhtml} (ADMIN only, by the web.xml constraint): creates accounts,
 * changes names and roles, disables accounts and sets new passwords.
 */
@Named
@ViewScoped
public class UserAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    private List<Row> rows;
    private String newUsername;
    private String newDisplayName;
    private String newPassword;
    private List<String> newRoles = new ArrayList<>();
    private final FormErrors errors = new FormErrors();

    /** One account as the form edits it. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String username;
        private final boolean locked;
        private String displayName;
        private List<String> roles;
        private boolean enabled;
        private String password;

        Row(Account account) {
            this.id = account.getId();
            this.username = account.getUsername();
            this.locked = account.isLockedAt(java.time.Instant.now());
            this.displayName = account.getDisplayName();
            this.roles = account.getRoles().stream().map(Role::name).collect(java.util.stream.Collectors.toList());
            this.enabled = account.isEnabled();
        }

        public long getId() {
            return id;
        }

        public String getUsername() {
            return username;
        }

        public boolean isLocked() {
            return locked;
        }

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        public List<String> getRoles() {
            return roles;
        }

        public void setRoles(List<String> roles) {
            this.roles = roles;
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }
    }

    @PostConstruct
    void load() {
        rows = accounts.all().stream().map(Row::new).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    public void create() {
        errors.clear();
        if (newUsername != null && accounts.find(newUsername).isPresent()) {
            errors.put("new", text("users.taken"));
            message(FacesMessage.SEVERITY_ERROR, "editor.fixErrors");
            return;
        }
        try {
            accounts.createAsAdministrator(newUsername, newDisplayName,
                    newPassword == null ? new char[0] : newPassword.toCharArray(), roles(newRoles));
            newUsername = null;
            newDisplayName = null;
            newPassword = null;
            newRoles = new ArrayList<>();
            load();
            message(FacesMessage.SEVERITY_INFO, "users.created");
        } catch (RuntimeException invalid) {
            errors.put("new", FacesText.textOr(reason(invalid), "users.invalid"));
            message(FacesMessage.SEVERITY_ERROR, "editor.fixErrors");
        }
    }

    public void save(Row row) {
        errors.clear();
        if (row.getUsername().equals(caller()) && (!row.isEnabled() || !row.getRoles().contains(Role.ADMIN.name()))) {
            errors.put("user-" + row.getId(), text("users.notYourself"));
            message(FacesMessage.SEVERITY_ERROR, "editor.fixErrors");
            return;
        }
        try {
            accounts.change(row.getId(), row.getDisplayName(), roles(row.getRoles()), row.isEnabled(),
                    row.getPassword() == null ? null : row.getPassword().toCharArray());
            load();
            message(FacesMessage.SEVERITY_INFO, "users.saved");
        } catch (RuntimeException invalid) {
            errors.put("user-" + row.getId(), FacesText.textOr(reason(invalid), "users.invalid"));
            message(FacesMessage.SEVERITY_ERROR, "editor.fixErrors");
        }
    }

    private static String reason(RuntimeException e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = String.valueOf(cause.getMessage());
        if (message.contains("least")) {
            return "password.tooShort";
        }
        if (message.contains("username") && message.contains("letters")) {
            return "users.badUsername";
        }
        if (message.toLowerCase().contains("unique") || message.toLowerCase().contains("duplicate")) {
            return "users.taken";
        }
        return message.matches("[a-zA-Z.]+") ? message : "users.invalid";
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            roles.add(Role.valueOf(name));
        }
        return roles;
    }

    private String caller() {
        return signedInName() == null ? "-" : signedInName();
    }



    public Role[] getAllRoles() {
        return Role.values();
    }

    public List<Row> getRows() {
        return rows;
    }

    /** The errors as the summary lists them, each leading to the first field of its account. */
    public List<ErrorLink> getErrorLinks() {
        List<Long> ids = rows == null ? List.of() : rows.stream().map(Row::getId).toList();
        return errors.links(key -> "new".equals(key) ? "nguoi-dung:new-username"
                : FormErrors.rowFieldId(key, "user-", ids, "nguoi-dung:tai-khoan", "name"));
    }

    public String error(String key) {
        return errors.get(key);
    }

    public boolean hasError(String key) {
        return errors.containsKey(key);
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getNewDisplayName() {
        return newDisplayName;
    }

    public void setNewDisplayName(String newDisplayName) {
        this.newDisplayName = newDisplayName;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public List<String> getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(List<String> newRoles) {
        this.newRoles = newRoles;
    }

    /** Read per request, not injected: the bean travels with the session between nodes. */
    private static String signedInName() {
        return jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }
}
