package dk.segl.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/**
 * Certificates of a running Segl's demo organisation, made and revoked as its users do over REST:
 * the demo user administrator orders Hardware certificates for alice, alice issues each from a CSR
 * with the token from the issuance mail (a file under {@code SEGL_HOME/mail} when no SMTP server is
 * configured), and the user administrator revokes them.
 */
final class SeglCertificates {

    record Issued(String id, X509Certificate certificate) {
    }

    static final String ORGANISATION = "/api/v1/organisations/12345678";
    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final Path mail;
    private final String alice;

    SeglCertificates(String base, Path home) throws Exception {
        this.base = base;
        this.mail = home.resolve("mail");
        this.alice = firstId(call("useradmin", "GET", ORGANISATION + "/users?query=alice", null, null));
    }

    X509Certificate issuingCa() throws Exception {
        return caCertificate("issuing");
    }

    /** One of the CA certificates Segl publishes: {@code root} or {@code issuing}. */
    X509Certificate caCertificate(String name) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + "/ca/" + name + ".cer")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(response.body()));
    }

    /** An order ready to issue: its id and the token from its issuance mail. */
    record Ordered(String id, String token) {
    }

    /** Orders {@code count} certificates at once, waits for their mails, then issues each. */
    List<Issued> issue(int count) throws Exception {
        List<Issued> issued = new ArrayList<>();
        for (Ordered order : order(count)) {
            issued.add(issue(order, csr(keyPair())));
        }
        return issued;
    }

    /** Orders {@code count} Hardware certificates for alice and waits for their issuance mails. */
    List<Ordered> order(int count) throws Exception {
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            orders.add(firstId(call("useradmin", "POST", certificates(), "application/json",
                    "{\"type\":\"USER_CERTIFICATE\",\"identificationMethod\":\"USER_LOGIN\","
                            + "\"issuanceMethod\":\"HARDWARE\",\"publishToDirectory\":false}")));
        }
        Map<String, String> tokens = awaitTokens(orders);
        return orders.stream().map(id -> new Ordered(id, tokens.get(id))).toList();
    }

    /** Alice issues one ordered certificate from a CSR (PEM), as her client would. */
    Issued issue(Ordered order, String csr) throws Exception {
        String chain = call("alice", "POST", "/api/v1/me/certificates/" + order.id() + "/issue?token=" + order.token(),
                "application/pkcs10", csr);
        return new Issued(order.id(), (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(chain.getBytes(StandardCharsets.US_ASCII))));
    }

    void revoke(Issued certificate) throws Exception {
        call("useradmin", "POST", certificates() + "/" + certificate.id() + "/revoke", "application/json",
                "{\"reason\":\"KEY_COMPROMISE\"}");
    }

    private String certificates() {
        return ORGANISATION + "/users/" + alice + "/certificates";
    }

    /** The mail worker delivers every few seconds; the README's walk-through reads the same lines. */
    private Map<String, String> awaitTokens(List<String> orders) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        Map<String, String> tokens = new HashMap<>();
        Pattern line = Pattern.compile("Order: (\\S+)\\s+Issuance token: (\\S+)");
        while (tokens.size() < orders.size()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("issuance mails did not arrive in " + mail);
            }
            Thread.sleep(500);
            try (Stream<Path> files = Files.list(mail)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".eml")).toList()) {
                    Matcher found = line.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (found.find()) {
                        tokens.put(found.group(1), found.group(2));
                    }
                }
            }
            tokens.keySet().retainAll(orders);
        }
        return tokens;
    }

    static KeyPair keyPair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    static String csr(KeyPair keys) throws Exception {
        StringWriter pem = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
            writer.writeObject(request(keys, new X500Principal("CN=bench")));
        }
        return pem.toString();
    }

    static PKCS10CertificationRequest request(KeyPair keys, X500Principal subject) throws Exception {
        return new JcaPKCS10CertificationRequestBuilder(subject, keys.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()));
    }

    /** A REST call as the demo login {@code login} (password segl-demo), or with no login when it is null. */
    String call(String login, String method, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (login != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((login + ":segl-demo").getBytes(StandardCharsets.UTF_8)));
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static String firstId(String json) {
        Matcher id = ID.matcher(json);
        if (!id.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return id.group(1);
    }
}
