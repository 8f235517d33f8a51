package dk.segl.directory;

import org.apache.directory.api.ldap.codec.api.LdapDecoder;
import org.apache.directory.api.ldap.model.entry.Entry;
import org.apache.directory.api.ldap.model.exception.LdapException;
import org.apache.directory.api.ldap.model.exception.LdapNoSuchObjectException;
import org.apache.directory.api.ldap.model.message.SearchScope;
import org.apache.directory.api.ldap.model.name.Dn;
import org.apache.directory.server.core.api.DirectoryService;
import org.apache.directory.server.core.api.filtering.EntryFilter;
import org.apache.directory.server.core.api.filtering.EntryFilteringCursor;
import org.apache.directory.server.core.api.interceptor.BaseInterceptor;
import org.apache.directory.server.core.api.interceptor.context.BindOperationContext;
import org.apache.directory.server.core.api.interceptor.context.CompareOperationContext;
import org.apache.directory.server.core.api.interceptor.context.LookupOperationContext;
import org.apache.directory.server.core.api.interceptor.context.SearchOperationContext;

/**
 * First in ApacheDS's interceptor chain, so a hostile request costs nothing further: everyone but
 * Segl's writer may search only the root DSE (base scope, without the server's vendor and
 * version) and {@code c=DK}, with a filter within {@link FilterBounds}; the schema subentry and
 * the access-control subentry, which ApacheDS shows to anyone, answer noSuchObject. The writer's
 * session alone may send requests beyond the public size limit (it writes CRLs).
 */
final class PublicSearchGuard extends BaseInterceptor {

    private static final String[] VENDOR = {"vendorName", "vendorVersion"};

    private final FilterBounds bounds;
    private Dn publicRoot;
    private Dn accessControlSubentry;

    PublicSearchGuard(FilterBounds bounds) {
        super("seglPublicSearchGuard");
        this.bounds = bounds;
    }

    @Override
    public void init(DirectoryService directoryService) throws LdapException {
        super.init(directoryService);
        publicRoot = new Dn(schemaManager, DirectoryLayout.ROOT);
        accessControlSubentry = new Dn(schemaManager, PublicReadAccess.SUBENTRY);
    }

    @Override
    public void bind(BindOperationContext bind) throws LdapException {
        next(bind);
        if (bind.getIoSession() != null && bind.getSession() != null && bind.getSession().isAdministrator()) {
            bind.getIoSession().setAttribute(LdapDecoder.MAX_PDU_SIZE_ATTR, Integer.MAX_VALUE);
        }
    }

    @Override
    public EntryFilteringCursor search(SearchOperationContext search) throws LdapException {
        if (search.getSession().isAdministrator()) {
            return next(search);
        }
        bounds.check(search.getFilter());
        Dn base = normalized(search.getDn());
        boolean rootDse = base.isRootDse() && search.getScope() == SearchScope.OBJECT;
        if (!rootDse && !isPublic(base)) {
            throw new LdapNoSuchObjectException(base.getName());
        }
        EntryFilteringCursor cursor = next(search);
        cursor.addEntryFilter(new Shown());
        return cursor;
    }

    /** ApacheDS answers a base search of the root DSE by a lookup, not a search. */
    @Override
    public Entry lookup(LookupOperationContext lookup) throws LdapException {
        Entry entry = next(lookup);
        if (lookup.getDn().isRootDse() && !lookup.getSession().isAdministrator()) {
            entry.removeAttributes(VENDOR);
        }
        return entry;
    }

    @Override
    public boolean compare(CompareOperationContext compare) throws LdapException {
        if (!compare.getSession().isAdministrator() && !isPublic(normalized(compare.getDn()))) {
            throw new LdapNoSuchObjectException(compare.getDn().getName());
        }
        return next(compare);
    }

    private boolean isPublic(Dn dn) {
        return dn.isDescendantOf(publicRoot) && !dn.isDescendantOf(accessControlSubentry);
    }

    private Dn normalized(Dn dn) throws LdapException {
        return dn.isSchemaAware() ? dn : new Dn(schemaManager, dn);
    }

    /** Hides every subentry from a subtree search and the vendor from the root DSE. */
    private static final class Shown implements EntryFilter {

        @Override
        public boolean accept(SearchOperationContext search, Entry entry) {
            if (entry.hasObjectClass("subentry")) {
                return false;
            }
            entry.removeAttributes(VENDOR);
            return true;
        }

        @Override
        public String toString(String tabs) {
            return tabs + "seglPublicSearchGuard: no subentries, no vendor";
        }
    }
}
