package dk.segl.benchmarks;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.security.auth.x500.X500Principal;

/**
 * A running Segl's demo organisation set up for EST as README "EST and IdM systems" does it over
 * REST: the organisation administrator creates an IdM system and issues it a system certificate,
 * the user administrator creates users and orders certificates identified via API for them. Logins
 * carry a suffix of their own per run, so runs do not meet; activations read the mails Segl writes
 * under {@code SEGL_HOME/mail}.
 */
final class SeglIdm {

    private static final Pattern ACTIVATION = Pattern.compile("Activation token: (\\S+)");
    private static final String PASSWORD = "bench-password-1";

    private final SeglCertificates segl;
    private final Path mail;
    private final String run = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000));

    SeglIdm(SeglCertificates segl, Path home) {
        this.segl = segl;
        this.mail = home.resolve("mail");
    }

    /** An activated user of the demo organisation; answers its id. */
    String user(int number) throws Exception {
        return created("useradmin", "est-" + run + "-" + number, "EST Bench " + number, "[]");
    }

    /** An order identified via API for the user, which one simpleenroll fulfils. */
    void orderOverApi(String userId) throws Exception {
        segl.call("useradmin", "POST", SeglCertificates.ORGANISATION + "/users/" + userId + "/certificates",
                "application/json", "{\"type\":\"USER_CERTIFICATE\",\"identificationMethod\":\"API\","
                        + "\"issuanceMethod\":\"EST\",\"publishToDirectory\":false}");
    }

    /** An HTTP client that authenticates as a new IdM system by its system certificate and trusts Segl's root. */
    HttpClient systemClient(X509Certificate root) throws Exception {
        String system = created("orgadmin", "idm-" + run, "Bench IdM " + run, "[\"IDM_SYSTEM\"]");
        KeyPair key = SeglCertificates.keyPair();
        String chain = segl.call("orgadmin", "POST",
                SeglCertificates.ORGANISATION + "/users/" + system + "/system-certificates", "application/pkcs10",
                SeglCertificates.csr(key));
        KeyStore identity = KeyStore.getInstance("PKCS12");
        identity.load(null, null);
        identity.setKeyEntry("idm", key.getPrivate(), new char[0], CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(chain.getBytes(StandardCharsets.US_ASCII)))
                .toArray(Certificate[]::new));
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(identity, new char[0]);
        KeyStore anchors = KeyStore.getInstance("PKCS12");
        anchors.load(null, null);
        anchors.setCertificateEntry("segl-root", root);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(anchors);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), trust.getTrustManagers(), new SecureRandom());
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(tls)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A CSR naming the user as EST's simpleenroll reads it (subject serialNumber), base64 DER. */
    static String enrolmentCsr(String userId) throws Exception {
        return Base64.getEncoder().encodeToString(SeglCertificates.request(SeglCertificates.keyPair(),
                new X500Principal("SERIALNUMBER=UI:DK-E:G:" + userId + ", CN=bench")).getEncoded());
    }

    private String created(String creator, String login, String name, String roles) throws Exception {
        String email = login + "@demo.example";
        String id = SeglCertificates.firstId(segl.call(creator, "POST", SeglCertificates.ORGANISATION + "/users",
                "application/json", "{\"loginName\":\"" + login + "\",\"name\":\"" + name + "\",\"email\":\"" + email
                        + "\",\"roles\":" + roles + "}"));
        segl.call(null, "POST", "/api/v1/activation", "application/json",
                "{\"token\":\"" + activationToken(email) + "\",\"password\":\"" + PASSWORD + "\"}");
        return id;
    }

    private String activationToken(String email) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            try (Stream<Path> files = Files.list(mail)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".eml")).toList()) {
                    Optional<String> token = tokenTo(Files.readString(file, StandardCharsets.UTF_8), email);
                    if (token.isPresent()) {
                        return token.get();
                    }
                }
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException("no activation mail to " + email + " in " + mail);
    }

    private static Optional<String> tokenTo(String mail, String email) {
        Matcher token = ACTIVATION.matcher(mail);
        return mail.contains(email) && token.find() ? Optional.of(token.group(1)) : Optional.empty();
    }
}
