package dk.segl.it;

import static dk.segl.it.Fixtures.order;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPSearchException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import jakarta.json.Json;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The public certificate directory as outside parties use it: anonymous LDAP searches (with the
 * UnboundID SDK and with OpenLDAP's ldapsearch) find exactly the certificates ordered for
 * publication, follow revocations and user changes, refuse every anonymous write, and catch up
 * after the directory was stopped while Segl kept working. Runs on H2 and on PostgreSQL.
 */
class DirectoryIT extends SeglIT {

    private static final Duration PUBLISHED_WITHIN = Duration.ofSeconds(30);

    private record Issued(String id, X509Certificate certificate) {
    }

    @Test
    void anOptedInCertificateIsFoundByMailNameSerialNumberAndOrganisation() throws Exception {
        var org = fixtures.organisation();
        String name = "Alice " + uniqueWord();
        var alice = fixtures.user(org, name);
        X509Certificate certificate = issue(org, alice, true).certificate();

        await().atMost(PUBLISHED_WITHIN).until(() -> Ldap.certificatesByMail(alice.email()), List.of(certificate)::equals);

        SearchResultEntry entry = single(Ldap.search("(cn=*" + name.substring(6) + "*)"));
        assertEquals(name, entry.getAttributeValue("cn"));
        assertEquals(alice.email(), entry.getAttributeValue("mail"));
        assertEquals("IT Organisation " + org.cvr(), entry.getAttributeValue("o"));
        assertEquals("UI:DK-E:G:" + alice.id(), entry.getAttributeValue("serialNumber"));
        assertEquals("serialNumber=UI:DK-E:G:" + alice.id() + ",organizationIdentifier=NTRDK-" + org.cvr() + ",c=DK",
                entry.getDN());
        assertEquals(entry.getDN(), single(Ldap.search("(serialNumber=UI:DK-E:G:" + alice.id() + ")")).getDN());

        SearchResultEntry organisation = single(Ldap.search("(organizationIdentifier=NTRDK-" + org.cvr() + ")"));
        assertEquals("IT Organisation " + org.cvr(), organisation.getAttributeValue("o"));
        assertTrue(Ldap.search("(o=IT Organisation " + org.cvr() + ")").stream()
                .anyMatch(e -> e.getDN().equals(entry.getDN())), "the holder is found by organisation name");

        String printed = Ldap.ldapsearch("(mail=" + alice.email() + ")", "userCertificate");
        assertTrue(printed.contains("dn: " + entry.getDN()), printed);
        String value = Base64.getEncoder().encodeToString(certificate.getEncoded());
        assertTrue(printed.contains("\nuserCertificate;binary:: " + value + "\n")
                || printed.contains("\nuserCertificate:: " + value + "\n"), printed);
    }

    @Test
    void certificatesOrderedWithoutTheBoxNeverAppear() {
        var org = fixtures.organisation();
        var hidden = fixtures.user(org, "Hidden " + uniqueWord());
        issue(org, hidden, false);
        var mixed = fixtures.user(org, "Mixed " + uniqueWord());
        issue(org, mixed, false);
        X509Certificate shown = issue(org, mixed, true).certificate();

        await().atMost(PUBLISHED_WITHIN).until(() -> Ldap.certificatesByMail(mixed.email()), List.of(shown)::equals);
        assertEquals(List.of(), Ldap.search("(mail=" + hidden.email() + ")"));
        assertEquals(List.of(), Ldap.search("(serialNumber=UI:DK-E:G:" + hidden.id() + ")"));
    }

    @Test
    void revokingOneOfTwoCertificatesLeavesTheOtherAndTheLastTakesTheEntry() {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Twofold " + uniqueWord());
        Issued first = issue(org, user, true);
        Issued second = issue(org, user, true);
        await().atMost(PUBLISHED_WITHIN).until(() -> Set.copyOf(Ldap.certificatesByMail(user.email())),
                Set.of(first.certificate(), second.certificate())::equals);

        revoke(org, user, first.id());
        await().atMost(PUBLISHED_WITHIN).until(() -> Ldap.certificatesByMail(user.email()),
                List.of(second.certificate())::equals);

        revoke(org, user, second.id());
        await().atMost(PUBLISHED_WITHIN).until(() -> Ldap.search("(serialNumber=UI:DK-E:G:" + user.id() + ")"),
                List::isEmpty);
        // The holder's entry goes first, then the organisation's: a search can fall between the two.
        await("an organisation with nobody left to show is not shown").atMost(PUBLISHED_WITHIN)
                .until(() -> Ldap.search("(organizationIdentifier=NTRDK-" + org.cvr() + ")"), List::isEmpty);
    }

    @Test
    void editingAUserUpdatesTheEntryAndDeletingTheUserRemovesIt() {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Before " + uniqueWord());
        issue(org, user, true);
        String dn = "serialNumber=UI:DK-E:G:" + user.id();
        await().atMost(PUBLISHED_WITHIN).until(() -> Ldap.search("(" + dn + ")"), e -> e.size() == 1);

        String newName = "After " + uniqueWord();
        String newEmail = "renamed-" + uniqueWord().toLowerCase() + "@it.example";
        ApiResponse edited = org.admin().patch(org.users() + "/" + user.id(),
                Json.createObjectBuilder().add("name", newName).add("email", newEmail).build());
        assertEquals(200, edited.status(), edited::toString);
        SearchResultEntry entry = await().atMost(PUBLISHED_WITHIN).until(() -> single(Ldap.search("(" + dn + ")")),
                e -> newName.equals(e.getAttributeValue("cn")));
        assertEquals(newEmail, entry.getAttributeValue("mail"));
        assertEquals(newName.substring(6), entry.getAttributeValue("sn"));
        assertEquals(List.of(), Ldap.search("(mail=" + user.email() + ")"));

        assertEquals(204, org.admin().delete(org.users() + "/" + user.id()).status());
        await().atMost(PUBLISHED_WITHIN).until(() -> Ldap.search("(" + dn + ")"), List::isEmpty);
    }

    @Test
    void anonymousClientsCannotWriteNorSeeTheSystemAndAWrongPasswordIsRefused() throws Exception {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Guarded " + uniqueWord());
        issue(org, user, true);
        String dn = await().atMost(PUBLISHED_WITHIN).until(
                () -> Ldap.search("(mail=" + user.email() + ")"), e -> e.size() == 1).get(0).getDN();

        try (LDAPConnection connection = Ldap.anonymous()) {
            assertRefused(() -> connection.add("organizationIdentifier=NTRDK-00000001,c=DK",
                    new Attribute("objectClass", "organization", "seglOrganisation"),
                    new Attribute("o", "Intruder"), new Attribute("organizationIdentifier", "NTRDK-00000001")));
            assertRefused(() -> connection.modify(dn, new Modification(ModificationType.REPLACE, "mail",
                    "attacker@evil.example")));
            assertRefused(() -> connection.delete(dn));
            assertRefused(() -> connection.modifyDN(dn, "serialNumber=UI:DK-E:G:moved", true));

            assertEquals(List.of(), visible(connection, "ou=system"));
            assertEquals(List.of(), visible(connection, "uid=admin,ou=system"));
            assertEquals(List.of(), visible(connection, "ou=schema"));
        }
        assertEquals(1, Ldap.search("(mail=" + user.email() + ")").size(), "the entry is untouched");

        LDAPException wrongPassword = assertThrows(LDAPException.class,
                () -> new LDAPConnection(Ldap.HOST, Ldap.PORT, "uid=admin,ou=system", "secret"));
        assertEquals(ResultCode.INVALID_CREDENTIALS, wrongPassword.getResultCode());
    }

    @Test
    void aSearchBeyondTheSizeLimitIsAnsweredAsSuch() {
        var org = fixtures.organisation();
        var first = fixtures.user(org, "Limit " + uniqueWord());
        var second = fixtures.user(org, "Limit " + uniqueWord());
        issue(org, first, true);
        issue(org, second, true);
        await().atMost(PUBLISHED_WITHIN).until(() -> Ldap.search("(mail=" + second.email() + ")"), e -> e.size() == 1);

        try (LDAPConnection connection = Ldap.anonymous()) {
            LDAPSearchException limited = assertThrows(LDAPSearchException.class,
                    () -> connection.search("c=DK", SearchScope.SUB, "(objectClass=*)"));
            assertEquals(ResultCode.SIZE_LIMIT_EXCEEDED, limited.getResultCode());
            assertEquals(4, limited.getEntryCount(), "the configured test limit (segl.ldap.size-limit=4)");
        }
    }

    @Test
    void theCaEntryCarriesTheIssuingCertificateAndTheCurrentCrl() {
        byte[] issuing = anonymous.get("/ca/issuing.cer").body();
        SearchResultEntry ca = await().atMost(PUBLISHED_WITHIN).until(
                () -> single(Ldap.search("(objectClass=pkiCA)")),
                e -> java.util.Arrays.equals(anonymous.get("/crl/issuing.crl").body(),
                        Ldap.value(e, "certificateRevocationList")));
        assertArrayEquals(issuing, Ldap.value(ca, "cACertificate"));
        assertEquals(Certificates.certificate(issuing).getSubjectX500Principal().getName().replaceAll(",.*", ""),
                "CN=" + ca.getAttributeValue("cn"));
    }

    @Test
    void withTheDirectoryStoppedRevocationAndCrlsWorkAndItCatchesUpWhenStarted() throws Exception {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Outage " + uniqueWord());
        Issued issued = issue(org, user, true);
        await().atMost(PUBLISHED_WITHIN).until(() -> Ldap.certificatesByMail(user.email()),
                List.of(issued.certificate())::equals);

        assertEquals(403, org.admin().postRaw("/api/v1/operations/directory/stop", "").status(),
                "only operators stop the directory");
        ApiResponse stopped = fixtures.operator().postRaw("/api/v1/operations/directory/stop", "");
        assertEquals(200, stopped.status(), stopped::toString);
        try {
            assertThrows(AssertionError.class, Ldap::anonymous, "the directory no longer answers");
            ApiResponse ready = anonymous.get("/health/ready");
            assertEquals(503, ready.status(), ready::toString);
            assertEquals(List.of("DOWN"), ready.json().getJsonArray("checks").getValuesAs(jakarta.json.JsonObject.class)
                    .stream().filter(c -> "directory".equals(c.getString("name"))).map(c -> c.getString("status"))
                    .toList(), ready::toString);

            revoke(org, user, issued.id());
            await().atMost(PUBLISHED_WITHIN).until(() -> Certificates.crl(anonymous.get("/crl/issuing-delta.crl").body()),
                    crl -> crl.getRevokedCertificate(issued.certificate().getSerialNumber()) != null);
        } finally {
            ApiResponse started = fixtures.operator().postRaw("/api/v1/operations/directory/start", "");
            assertEquals(200, started.status(), started::toString);
        }

        await("ready again").atMost(PUBLISHED_WITHIN).until(() -> anonymous.get("/health/ready").status() == 200);
        await().atMost(PUBLISHED_WITHIN).until(() -> Ldap.search("(mail=" + user.email() + ")"), List::isEmpty);
        await().atMost(PUBLISHED_WITHIN).until(() -> Ldap.value(single(Ldap.search("(objectClass=pkiCA)")),
                        "deltaRevocationList"),
                crl -> java.util.Arrays.equals(anonymous.get("/crl/issuing-delta.crl").body(), crl)
                        && Certificates.crl(crl).getRevokedCertificate(issued.certificate().getSerialNumber()) != null);
    }

    private Issued issue(Fixtures.Organisation org, Fixtures.User user, boolean publish) {
        ApiResponse ordered = org.admin().post(org.users() + "/" + user.id() + "/certificates",
                order("USER_LOGIN", "HARDWARE", publish));
        assertEquals(201, ordered.status(), ordered::toString);
        String id = ordered.json().getString("id");
        String token = Mailboxes.awaitMail(mail, user.email(), id).value("Issuance token");
        ApiResponse issued = user.api().postBytes("/api/v1/me/certificates/" + id + "/issue?token=" + token,
                Csrs.der(Csrs.ec("secp256r1")), "Content-Type", "application/pkcs10", "Accept", "application/pkix-cert");
        assertEquals(200, issued.status(), issued::toString);
        return new Issued(id, Certificates.certificate(issued.body()));
    }

    private static void revoke(Fixtures.Organisation org, Fixtures.User user, String id) {
        ApiResponse revoked = org.admin().post(org.users() + "/" + user.id() + "/certificates/" + id + "/revoke",
                Json.createObjectBuilder().add("reason", "CESSATION_OF_OPERATION").build());
        assertEquals(200, revoked.status(), revoked::toString);
    }

    private interface LdapWrite {
        void run() throws LDAPException;
    }

    private static void assertRefused(LdapWrite write) {
        LDAPException refused = assertThrows(LDAPException.class, write::run);
        assertEquals(ResultCode.INSUFFICIENT_ACCESS_RIGHTS, refused.getResultCode(), refused::toString);
    }

    /** What an anonymous subtree search shows; a refusal or "no such object" shows nothing. */
    private static List<SearchResultEntry> visible(LDAPConnection connection, String base) {
        try {
            return connection.search(base, SearchScope.SUB, "(objectClass=*)").getSearchEntries();
        } catch (LDAPSearchException e) {
            return e.getSearchEntries();
        }
    }

    private static SearchResultEntry single(List<SearchResultEntry> entries) {
        assertEquals(1, entries.size(), entries::toString);
        return entries.get(0);
    }

    /** Letters only, so names stay unique across runs against the same directory and login names stay valid. */
    private static String uniqueWord() {
        StringBuilder word = new StringBuilder("Q");
        ThreadLocalRandom.current().ints(8, 'a', 'z' + 1).forEach(c -> word.append((char) c));
        return word.toString();
    }
}
