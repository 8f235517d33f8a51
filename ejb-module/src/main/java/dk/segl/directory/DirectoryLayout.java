package dk.segl.directory;

import java.util.UUID;

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

    static String organisation(String cvr) {
        return "organizationIdentifier=" + organizationIdentifier(cvr) + "," + ROOT;
    }

    static String user(String cvr, UUID user) {
        return "serialNumber=" + serialNumber(user) + "," + organisation(cvr);
    }

    static String organizationIdentifier(String cvr) {
        return "NTRDK-" + cvr;
    }

    static String serialNumber(UUID user) {
        return "UI:DK-E:G:" + user;
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
