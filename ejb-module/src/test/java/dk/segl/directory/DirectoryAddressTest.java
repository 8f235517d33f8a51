package dk.segl.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SEGL_DIRECTORY_URL as operators write it, and what Segl refuses to start with. */
class DirectoryAddressTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "the default port, ldap://ldap.example.dk, ldap://ldap.example.dk:389",
        "a port of its own, ldap://127.0.0.1:1389, ldap://127.0.0.1:1389",
        "a trailing slash, ldap://ldap.example.dk:1389/, ldap://ldap.example.dk:1389",
        "ldaps and its default port, LDAPS://ldap.example.dk, ldaps://ldap.example.dk:636",
        "surrounding blanks, ' ldap://ldap.example.dk ', ldap://ldap.example.dk:389",
    })
    void accepted(String name, String url, String understood) {
        assertEquals(understood, DirectoryAddress.parse(url).toString());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "no scheme, ldap.example.dk:389",
        "another scheme, http://ldap.example.dk",
        "no host, ldap:///c=DK",
        "a base DN, ldap://ldap.example.dk/c=DK",
        "credentials in the URL, ldap://writer:secret@ldap.example.dk",
        "not a URL, 'ldap://ldap example'",
    })
    void refused(String name, String url) {
        var refusal = assertThrows(IllegalArgumentException.class, () -> DirectoryAddress.parse(url));
        assertFalse(refusal.getMessage().contains("secret"), "never repeats the URL, which may hold a password");
    }
}
