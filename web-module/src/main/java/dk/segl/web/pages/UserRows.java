package dk.segl.web.pages;

import dk.segl.holder.Cvr;
import dk.segl.organisation.Actor;
import dk.segl.organisation.UserService;
import dk.segl.paging.PageRequest;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Menu > Users, one page at a time from the database, so the list stays fast with 100,000 users.
 * The actor is fetched for every load: the service checks role and organisation each time.
 */
class UserRows extends LazyDataModel<UserRow> {

    private static final long serialVersionUID = 1L;

    private final Lookup lookup;
    private String query;

    /** The service and the current visitor, asked for at every load. */
    interface Lookup extends java.io.Serializable {
        UserService users();

        Actor actor();

        Cvr cvr();
    }

    UserRows(Lookup lookup) {
        this.lookup = lookup;
    }

    void search(String newQuery) {
        this.query = newQuery;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) lookup.users().list(lookup.actor(), lookup.cvr(), query, new PageRequest(0, 1)).total();
    }

    @Override
    public List<UserRow> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        int size = Math.min(pageSize, PageRequest.MAX_SIZE);
        return lookup.users().list(lookup.actor(), lookup.cvr(), query, new PageRequest(first / size, size))
                .items().stream().map(UserRow::of).toList();
    }

    @Override
    public String getRowKey(UserRow row) {
        return row.id();
    }

    /** A ticked row of the page on screen (the boxes select on that page only); any other key is no row. */
    @Override
    public UserRow getRowData(String rowKey) {
        List<UserRow> shown = getWrappedData();
        return shown == null ? null : shown.stream().filter(row -> row.id().equals(rowKey)).findFirst().orElse(null);
    }
}
