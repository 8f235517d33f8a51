package dk.segl.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Choosing a password at activation over REST, each weak one refused by its rule; and a password
 * that was just verified (and is now confirmed without PBKDF2) still follows the user's roles and
 * deletion at once.
 */
class PasswordsIT extends SeglIT {

    @Test
    void activationRefusesWeakPasswordsEachByItsRule() {
        var org = fixtures.organisation();
        var user = fixtures.createdUser(org, "Valborg Valg");
        String token = Mailboxes.awaitMail(mail, user.email(), "Activation token").value("Activation token");
        List<Map.Entry<String, String>> refused = List.of(
                Map.entry("", "password-blank"),
                Map.entry("            ", "password-blank"),
                Map.entry("long-enough\u0000password", "password-control-character"),
                Map.entry("long-enough\u202epassword", "password-control-character"),
                Map.entry("eleven-char", "password-too-short"),
                Map.entry("😀😁😂🤣😃😄😅😆😉😊😋", "password-too-short"),
                Map.entry("PasswordPassword", "password-common"),
                Map.entry("qwertyuiop123", "password-common"),
                Map.entry(user.login(), "password-contains-login-name"),
                Map.entry("my-" + user.login().toUpperCase() + "-2026", "password-contains-login-name"));

        assertAll(refused.stream().map(c -> (Executable) () -> {
            ApiResponse answer = activate(token, c.getKey());
            assertEquals(400, answer.status(), () -> c.getKey() + ": " + answer);
            assertEquals(c.getValue(), answer.rule(), c.getKey());
        }));
        assertEquals(200, activate(token, Fixtures.PASSWORD).status(), "the link still works after the refusals");
        assertEquals(200, user.api().get("/api/v1/me").status());
    }

    @Test
    void aRecentlyVerifiedPasswordFollowsRolesAndDeletionAtOnce() {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Rasmus Rolle");
        String path = org.users() + "/" + user.id();
        assertEquals(200, user.api().get("/api/v1/me").status());
        assertEquals(403, user.api().get(org.users()).status());

        assertEquals(200, org.admin().patch(path, Json.createObjectBuilder()
                .add("roles", Json.createArrayBuilder().add("USER_ADMINISTRATOR")).build()).status());
        assertEquals(200, user.api().get(org.users()).status(), "a granted role counts at once");
        assertEquals(200, org.admin().patch(path, Json.createObjectBuilder()
                .add("roles", Json.createArrayBuilder()).build()).status());
        assertEquals(403, user.api().get(org.users()).status(), "a removed role counts at once");

        assertEquals(204, org.admin().delete(path).status());
        ApiResponse deleted = user.api().get("/api/v1/me");
        assertEquals(401, deleted.status(), deleted::toString);
        assertEquals("login-failed", deleted.rule());
    }

    private ApiResponse activate(String token, String password) {
        return anonymous.post("/api/v1/activation",
                Json.createObjectBuilder().add("token", token).add("password", password).build());
    }
}
