package dk.segl.directory;

import dk.segl.holder.Cvr;
import dk.segl.holder.HolderId;
import dk.segl.holder.OrganizationIdentifier;

/**
 * Where things live in the directory (DESIGN 4): the issuing CA and one entry per organisation
 * under {@code c=DK}, each certificate holder under their organisation, named as in their
 * certificates' subject.
 */
final class DirectoryLayout {

    static final String ROOT = "c=DK";

    private DirectoryLayout() {
    }

    static String ca(String caName) {
        return "cn=" + escape(caName) + "," + ROOT;
    }

    static String organisation(Cvr cvr) {
        return "organizationIdentifier=" + new OrganizationIdentifier(cvr) + "," + ROOT;
    }

    static String user(Cvr cvr, HolderId holder) {
        return "serialNumber=" + holder + "," + organisation(cvr);
    }

    /** RFC 4514 escaping of an attribute value inside a DN: a CA's name is free text. */
    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean special = ",+\"\\<>;=".indexOf(c) >= 0
                    || (i == 0 && (c == ' ' || c == '#'))
                    || (i == value.length() - 1 && c == ' ');
            if (special) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
