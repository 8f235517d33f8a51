package dk.segl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Mail as a recipient and an operator see it: each mail carries the Message-ID the outbox gave it
 * when it was queued, and operators (only they) see the mails given up on and can send one again.
 */
class MailDeliveryIT extends SeglIT {

    private static final String DEAD_LETTERS = "/api/v1/operations/mail/dead-letters";

    @Test
    void aMailCarriesTheMessageIdItWasQueuedWith() throws MessagingException {
        var org = fixtures.organisation();
        var user = fixtures.user(org, "Mette Message");
        var ordered = fixtures.ordered(org, user, Fixtures.order("USER_LOGIN", "HARDWARE", false));
        List<String> ids = Arrays.stream(mail.getReceivedMessages())
                .filter(m -> body(m).contains("Order: " + ordered.id()))
                .map(MailDeliveryIT::messageId)
                .toList();
        assertEquals(1, ids.size(), ids::toString);
        assertTrue(ids.get(0).matches("<[0-9a-f-]{36}@segl\\.localhost>"), ids.get(0));
    }

    @Test
    void operatorsSeeDeadLettersAndNobodyElse() {
        ApiResponse list = fixtures.operator().get(DEAD_LETTERS);
        assertEquals(200, list.status(), list::toString);
        assertTrue(list.json().containsKey("items"), list::toString);

        var org = fixtures.organisation();
        ApiResponse administrator = org.admin().get(DEAD_LETTERS);
        assertEquals(403, administrator.status(), administrator::toString);
        assertEquals("permission-missing", administrator.rule());
        assertEquals(401, anonymous.get(DEAD_LETTERS).status());
    }

    @Test
    void retryingAMailThatIsNoDeadLetterIsNotFound() {
        ApiResponse retry = fixtures.operator().postBytes(DEAD_LETTERS + "/no-such-mail/retry", new byte[0]);
        assertEquals(404, retry.status(), retry::toString);
        assertEquals("application/problem+json", retry.contentType().split(";")[0]);
    }

    private static String body(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
