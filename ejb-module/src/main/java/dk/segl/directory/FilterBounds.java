package dk.segl.directory;

import java.util.List;
import org.apache.directory.api.ldap.model.exception.LdapAdminLimitExceededException;
import org.apache.directory.api.ldap.model.filter.BranchNode;
import org.apache.directory.api.ldap.model.filter.ExprNode;
import org.apache.directory.api.ldap.model.filter.ExtensibleNode;
import org.apache.directory.api.ldap.model.filter.SimpleNode;
import org.apache.directory.api.ldap.model.filter.SubstringNode;

/**
 * How large a search filter may be before the server spends anything on it. ApacheDS has no such
 * bound of its own: it evaluates a substring assertion as a backtracking regular expression, so
 * {@code (cn=*a*a*a*...*z)} holds a worker thread for hours regardless of the time limit, and
 * three of them stop the directory. Depth and term counts bound normalisation and evaluation.
 */
record FilterBounds(int maxDepth, int maxTerms) {

    /** Two inner wildcards ({@code *a*b*}) keep a substring match polynomial of small degree. */
    static final int MAX_SUBSTRING_WILDCARD_PARTS = 2;
    /** Longer than any name, address or identifier the directory holds. */
    static final int MAX_ASSERTION_LENGTH = 256;

    /** Refuses, with adminLimitExceeded, a filter beyond any of the bounds. */
    void check(ExprNode filter) throws LdapAdminLimitExceededException {
        int[] terms = {0};
        walk(filter, 1, terms);
    }

    private void walk(ExprNode node, int depth, int[] terms) throws LdapAdminLimitExceededException {
        if (depth > maxDepth) {
            throw new LdapAdminLimitExceededException("The filter is nested deeper than " + maxDepth + " levels");
        }
        if (++terms[0] > maxTerms) {
            throw new LdapAdminLimitExceededException("The filter has more than " + maxTerms + " terms");
        }
        if (node instanceof BranchNode branch) {
            for (ExprNode child : branch.getChildren()) {
                walk(child, depth + 1, terms);
            }
            return;
        }
        if (node instanceof SubstringNode substring && substring.getAny() != null
                && substring.getAny().size() > MAX_SUBSTRING_WILDCARD_PARTS) {
            throw new LdapAdminLimitExceededException("A substring filter has more than "
                    + MAX_SUBSTRING_WILDCARD_PARTS + " inner parts");
        }
        if (assertionLength(node) > MAX_ASSERTION_LENGTH) {
            throw new LdapAdminLimitExceededException("A filter value is longer than " + MAX_ASSERTION_LENGTH);
        }
    }

    private static int assertionLength(ExprNode node) {
        if (node instanceof SimpleNode<?> simple) {
            return simple.getValue().length();
        }
        if (node instanceof ExtensibleNode extensible) {
            return extensible.getValue().length();
        }
        if (node instanceof SubstringNode substring) {
            int length = length(substring.getInitial()) + length(substring.getFinal());
            for (String any : substring.getAny() == null ? List.<String>of() : substring.getAny()) {
                length += any.length();
            }
            return length;
        }
        return 0;
    }

    private static int length(String part) {
        return part == null ? 0 : part.length();
    }
}
