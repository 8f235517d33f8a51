package dk.segl.ca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.segl.error.Rule;
import dk.segl.holder.CertificateEmail;
import dk.segl.holder.CertificateHolder;
import dk.segl.holder.Cvr;
import dk.segl.holder.DisplayName;
import dk.segl.holder.HolderId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.bouncycastle.asn1.x500.X500Name;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kinds beside the user profile, through the same signer: what each may be used for and is named. */
class ProfilesTest {

    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    private static final ProfileSigner SIGNER = new ProfileSigner(TestCa.BASE, List.of("2.5.29.32.0"),
            Clock.fixed(NOW, ZoneOffset.UTC));
    private static final CertificateHolder SYSTEM = new CertificateHolder(new Cvr("12345678"),
            DisplayName.of("Segl Test A/S", Rule.ORGANISATION_NAME), new HolderId(UUID.randomUUID()),
            DisplayName.of("Payroll IdM", Rule.USER_NAME), new CertificateEmail("idm@test.dk"));
    private static final TlsServerProfile.Server LOCALHOST = new TlsServerProfile.Server("localhost", "Segl Test");

    @Test
    void anIdmSystemCertificateIsForClientAuthenticationOnlyWithoutEmail() throws Exception {
        X509Certificate certificate = sign(Profiles.IDM_SYSTEM, SYSTEM, TlsKeystores.newKeyPair());
        assertEquals(List.of("1.3.6.1.5.5.7.3.2"), certificate.getExtendedKeyUsage());
        assertNull(certificate.getSubjectAlternativeNames());
        assertEquals(UserCertificateProfile.holderName(SYSTEM),
                X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()));
        assertEquals(Instant.parse("2027-03-01T11:59:59Z"), certificate.getNotAfter().toInstant(), "two years less a second");
    }

    @Test
    void theTlsServerCertificateNamesLocalhostAndItsAddressForServerAuthentication() throws Exception {
        X509Certificate certificate = sign(Profiles.TLS_SERVER, LOCALHOST, TlsKeystores.newKeyPair());
        assertEquals(List.of("1.3.6.1.5.5.7.3.1"), certificate.getExtendedKeyUsage());
        assertEquals(List.of(List.of(2, "localhost"), List.of(7, "127.0.0.1")),
                List.copyOf(certificate.getSubjectAlternativeNames()));
        assertTrue(certificate.getSubjectX500Principal().getName().contains("CN=localhost"));
    }

    @Test
    void theServerKeyStoreIsKeptWhileCurrentAndRenewedNearItsEndOrForAnotherHost(@TempDir Path folder) throws Exception {
        TlsKeystores stores = new TlsKeystores(folder, "pw".toCharArray(), Duration.ofDays(30));
        X509Certificate issuer = TestCa.store().issuing().certificate();
        X500Name localhost = Profiles.TLS_SERVER.subject(LOCALHOST);
        assertTrue(stores.current(issuer, localhost, NOW).isEmpty(), "nothing written yet");

        KeyPair keys = TlsKeystores.newKeyPair();
        X509Certificate certificate = sign(Profiles.TLS_SERVER, LOCALHOST, keys);
        stores.write(keys, certificate, List.of(issuer, TestCa.store().root().certificate()));
        assertTrue(Files.exists(folder.resolve("trust.p12")));

        assertEquals(certificate, stores.current(issuer, localhost, NOW).orElseThrow());
        Instant nearTheEnd = certificate.getNotAfter().toInstant().minus(Duration.ofDays(30));
        assertTrue(stores.current(issuer, localhost, nearTheEnd).isEmpty(), "renewed 30 days before the end");
        assertTrue(stores.current(issuer, localhost, nearTheEnd.minusSeconds(1)).isPresent(), "kept until then");
        assertTrue(stores.current(issuer, localhost, certificate.getNotBefore().toInstant().minusSeconds(1)).isEmpty(),
                "renewed when not valid yet: issued while the clock ran ahead");
        assertFalse(stores.current(issuer, Profiles.TLS_SERVER.subject(new TlsServerProfile.Server("segl.example.dk",
                "Segl Test")), NOW).isPresent(), "another host name");
        assertTrue(new TlsKeystores(folder, "other".toCharArray(), Duration.ofDays(30)).current(issuer, localhost, NOW).isEmpty(),
                "another password");
    }

    private static <S> X509Certificate sign(CertificateProfile<S> profile, S about, KeyPair keys) {
        return SIGNER.issue(TestCa.store().issuing(), profile, about, keys.getPublic(), new SerialNumbers().next());
    }
}
