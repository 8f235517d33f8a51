package dk.segl.it;

import static dk.segl.it.Fixtures.order;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.segl.ca.csrs.CsrCorpus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The CSR corpus of the ejb-module's tests, sent as a user's hardware would send it: every
 * hostile CSR is answered with its rule and leaves the order pending; every good one is certified
 * with its own key.
 */
class CsrCorpusIT extends SeglIT {

    private static final String ISSUE = "/api/v1/me/certificates/%s/issue?token=%s";

    @Test
    void everyHostileCsrIsRefusedByItsRuleAndChangesNothing() {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Hanne Hostile");
        var ordered = fixtures.ordered(org, user, order("USER_LOGIN", "HARDWARE", false));
        String issue = ISSUE.formatted(ordered.id(), ordered.token());

        List<Executable> answers = new ArrayList<>();
        for (CsrCorpus.Case csr : CsrCorpus.hostile()) {
            // No body at all asks for the Internet browser method (OrderRulesIT covers that refusal).
            if (csr.body().length > 0) {
                ApiResponse answer = user.api().postBytes(issue, csr.body(), "Content-Type", "application/pkcs10");
                int status = csr.body().length > CsrCorpus.LIMIT ? 413 : 400;
                answers.add(() -> assertEquals(status + " " + csr.rule(), answer.status() + " " + answer.rule(),
                        () -> csr + " answered " + answer));
            }
        }
        assertAll(answers);

        var certificates = org.admin().get(org.users() + "/" + user.id() + "/certificates").json();
        assertEquals(1, certificates.getInt("total"), certificates::toString);
        assertEquals("PENDING", user.api().get("/api/v1/me/certificates/" + ordered.id()).json().getString("status"));
        ApiResponse issued = user.api().postBytes(issue, Csrs.der(Csrs.rsa(3072)), "Content-Type", "application/pkcs10");
        assertEquals(200, issued.status(), issued::toString);
        assertEquals("ISSUED", user.api().get("/api/v1/me/certificates/" + ordered.id()).json().getString("status"));
    }

    @Test
    void everyGoodCsrIsCertifiedWithItsOwnKey() {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Gustav Good");
        List<Executable> answers = new ArrayList<>();
        for (CsrCorpus.Case csr : CsrCorpus.good()) {
            var ordered = fixtures.ordered(org, user, order("USER_LOGIN", "HARDWARE", false));
            ApiResponse issued = user.api().postBytes(ISSUE.formatted(ordered.id(), ordered.token()), csr.body(),
                    "Content-Type", "application/pkcs10");
            answers.add(() -> {
                assertEquals(200, issued.status(), () -> csr + " answered " + issued);
                assertArrayEquals(csr.publicKey(), Certificates.chain(issued.body()).get(0).getPublicKey().getEncoded(),
                        csr::toString);
            });
        }
        assertAll(answers);
    }
}
