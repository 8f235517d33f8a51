package dk.segl.web.pages;

import dk.segl.holder.CertificateEmail;
import dk.segl.holder.Cvr;
import dk.segl.organisation.Actor;
import dk.segl.organisation.NewUser;
import dk.segl.organisation.Role;
import dk.segl.organisation.UserImport;
import dk.segl.organisation.UserService;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;

/** Menu > Users: search, paging, creating and deleting users, one or the selected ones at once. */
@Named
@ViewScoped
public class UsersPage implements UserRows.Lookup {

    private static final long serialVersionUID = 1L;

    @EJB
    UserService users;

    @EJB
    UserImport batch;

    @Inject
    Visitor visitor;

    @Inject
    PageMessages messages;

    private final UserRows rows = new UserRows(this);
    private String query;
    private String newName;
    private String newEmail;
    private String newLoginName;
    private List<String> newRoles = new ArrayList<>();
    private UserRow toDelete;
    private List<UserRow> selected = new ArrayList<>();
    private List<UserRow> toDeleteMany = List.of();

    /** A new search starts at its first page, so the pager and the total are the search's. */
    public void search() {
        rows.search(query);
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent("users:list") instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public void create() {
        if (messages.attempt(() -> users.create(visitor.actor(), visitor.cvr(), new NewUser(newLoginName, newName,
                newEmail, newRoles.stream().map(Role::parse).collect(Collectors.toSet())))).isPresent()) {
            messages.info("users.created", newName);
            newName = null;
            newEmail = null;
            newLoginName = null;
            newRoles = new ArrayList<>();
        } else {
            messages.keepDialogOpen();
        }
    }

    /** Create user warns while the email is typed: Æ, Ø or Å cannot go into a certificate. */
    public boolean isNewEmailUnfitForCertificates() {
        return CertificateEmail.hasNonAscii(newEmail);
    }

    public void askDelete(UserRow row) {
        toDelete = row;
    }

    public void delete() {
        if (toDelete != null && messages.attempt(() -> users.delete(visitor.actor(), visitor.cvr(), toDelete.id()))) {
            messages.info("users.deleted", toDelete.name());
            toDelete = null;
        } else {
            messages.keepDialogOpen();
        }
    }

    /** "Delete selected" opens the window that names how many and who; with none selected it says to select first. */
    public void askDeleteSelected() {
        // A key the page no longer shows (deleted meanwhile) is no row: it is not offered for deletion.
        toDeleteMany = selected == null ? List.of() : selected.stream().filter(Objects::nonNull).toList();
        if (toDeleteMany.isEmpty()) {
            messages.info("users.deleteMany.none");
            PrimeFaces.current().ajax().addCallbackParam("nothingSelected", true);
        }
    }

    /**
     * Deletes the users named in the window, each by the same command (and rules) as one delete; the
     * page then says who was deleted and, per user, who was not and why.
     */
    public void deleteSelected() {
        Map<String, UserRow> byLogin = toDeleteMany.stream()
                .collect(Collectors.toMap(UserRow::loginName, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        messages.attempt(() -> batch.delete(visitor.actor(), visitor.cvr(), List.copyOf(byLogin.keySet())))
                .ifPresentOrElse(results -> {
                    String deleted = results.stream().filter(UserImport.Result::done)
                            .map(r -> byLogin.get(r.loginName()).name()).collect(Collectors.joining(", "));
                    if (!deleted.isEmpty()) {
                        messages.info("users.deleteMany.deleted", deleted);
                    }
                    results.stream().filter(r -> !r.done()).forEach(r -> messages.error("users.deleteMany.refused",
                            byLogin.get(r.loginName()).name(), messages.describe(r.rule(), r.detail())));
                    selected = new ArrayList<>();
                    toDeleteMany = List.of();
                }, messages::keepDialogOpen);
    }

    public String getDeleteManyLabel() {
        return messages.text("users.deleteMany.submit", toDeleteMany.size());
    }

    public Role[] getRoles() {
        return EnumSet.complementOf(EnumSet.of(Role.OPERATOR)).toArray(new Role[0]);
    }

    @Override
    public UserService users() {
        return users;
    }

    @Override
    public Actor actor() {
        return visitor.actor();
    }

    @Override
    public Cvr cvr() {
        return visitor.cvr();
    }

    public UserRows getRows() {
        return rows;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getNewLoginName() {
        return newLoginName;
    }

    public void setNewLoginName(String newLoginName) {
        this.newLoginName = newLoginName;
    }

    public List<String> getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(List<String> newRoles) {
        this.newRoles = newRoles;
    }

    public UserRow getToDelete() {
        return toDelete;
    }

    public List<UserRow> getSelected() {
        return selected;
    }

    public void setSelected(List<UserRow> selected) {
        this.selected = selected;
    }

    public List<UserRow> getToDeleteMany() {
        return toDeleteMany;
    }
}
