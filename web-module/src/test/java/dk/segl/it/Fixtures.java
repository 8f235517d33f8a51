package dk.segl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.base.GreenMailOperations;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Builds what a test needs through Segl's own interfaces: an organisation created by the
 * operator, its administrator activated from the activation mail, users created and activated
 * the same way. Every call makes new names, so tests never depend on each other's data.
 */
public final class Fixtures {

    public static final String PASSWORD = "it-password-1";
    public static final String DEMO_PASSWORD = "segl-demo";

    private final Api anonymous;
    private final GreenMailOperations mail;

    public Fixtures(Api anonymous, GreenMailOperations mail) {
        this.anonymous = anonymous;
        this.mail = mail;
    }

    public record Organisation(String cvr, Api admin, String adminLogin) {
        public String users() {
            return "/api/v1/organisations/" + cvr + "/users";
        }

        public String certificates(User user) {
            return users() + "/" + user.id() + "/certificates";
        }
    }

    public record User(String id, String name, String login, String email, Api api) {
    }

    public Api operator() {
        return anonymous.as("operator", DEMO_PASSWORD);
    }

    /** A new organisation that allows user certificates, with an activated administrator. */
    public Organisation organisation() {
        String cvr = String.valueOf(ThreadLocalRandom.current().nextInt(20_000_000, 99_999_999));
        String login = "admin-" + cvr;
        String email = login + "@it.example";
        ApiResponse created = operator().post("/api/v1/organisations", Json.createObjectBuilder()
                .add("cvr", cvr).add("name", "IT Organisation " + cvr)
                .add("administrator", Json.createObjectBuilder()
                        .add("loginName", login).add("name", "Admin " + cvr).add("email", email))
                .build());
        assertEquals(201, created.status(), created::toString);
        activate(email);
        Api admin = anonymous.as(login, PASSWORD);
        ApiResponse settings = admin.put("/api/v1/organisations/" + cvr + "/settings",
                Json.createObjectBuilder().add("userCertificatesAllowed", true).build());
        assertEquals(200, settings.status(), settings::toString);
        return new Organisation(cvr, admin, login);
    }

    /** A user of the organisation, activated from their activation mail. */
    public User user(Organisation organisation, String name, String... roles) {
        User created = createdUser(organisation, name, roles);
        activate(created.email());
        return created;
    }

    /** A user the administrator created who has not chosen a password yet. */
    public User createdUser(Organisation organisation, String name, String... roles) {
        String login = name.toLowerCase().replaceAll("[^a-z]", "") + "-" + ThreadLocalRandom.current().nextInt(1_000_000);
        String email = login + "@it.example";
        var rolesJson = Json.createArrayBuilder();
        for (String r : roles) {
            rolesJson.add(r);
        }
        ApiResponse response = organisation.admin().post(organisation.users(), Json.createObjectBuilder()
                .add("loginName", login).add("name", name).add("email", email).add("roles", rolesJson).build());
        assertEquals(201, response.status(), response::toString);
        return new User(response.json().getString("id"), name, login, email, anonymous.as(login, PASSWORD));
    }

    public void activate(String email) {
        String token = Mailboxes.awaitMail(mail, email, "Activation token").value("Activation token");
        ApiResponse activated = anonymous.post("/api/v1/activation",
                Json.createObjectBuilder().add("token", token).add("password", PASSWORD).build());
        assertEquals(200, activated.status(), activated::toString);
    }

    /** Orders a certificate for the user and answers the order's id and the token its email carries. */
    public Ordered ordered(Organisation organisation, User user, JsonObject order) {
        ApiResponse response = organisation.admin().post(organisation.users() + "/" + user.id() + "/certificates", order);
        assertEquals(201, response.status(), response::toString);
        String id = response.json().getString("id");
        return new Ordered(id, Mailboxes.awaitMail(mail, user.email(), id).value("Issuance token"));
    }

    public record Ordered(String id, String token) {
        public String link() {
            return "/issue?order=" + id + "&token=" + token;
        }
    }

    /** A hardware certificate the user has issued from a CSR over the API. */
    public X509Certificate issuedFromCsr(Organisation organisation, User user) {
        ApiResponse issued = issue(user, ordered(organisation, user, order("USER_LOGIN", "HARDWARE", false)),
                Csrs.rsa(3072));
        assertEquals(200, issued.status(), issued::toString);
        return Certificates.chain(issued.body()).get(0);
    }

    /** The user issues a Hardware order with the link's token and a CSR for the key. */
    public ApiResponse issue(User user, Ordered order, KeyPair key) {
        return user.api().postRaw("/api/v1/me/certificates/" + order.id() + "/issue?token=" + order.token(),
                Csrs.pem(key), "Content-Type", "application/pkcs10");
    }

    public static JsonObject order(String identification, String issuance, boolean publish) {
        return Json.createObjectBuilder().add("type", "USER_CERTIFICATE").add("identificationMethod", identification)
                .add("issuanceMethod", issuance).add("publishToDirectory", publish).build();
    }
}
