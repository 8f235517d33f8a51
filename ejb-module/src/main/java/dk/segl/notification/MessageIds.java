package dk.segl.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * Message-IDs of Segl's mails: {@code <outbox id@sender's domain>}, fixed when the mail is queued,
 * so every delivery of one mail (a second one after a crash) carries the same Message-ID.
 */
final class MessageIds {

    private static final String FALLBACK_DOMAIN = "segl.localhost";

    private MessageIds() {
    }

    static String of(String outboxId, String from) {
        return "<" + outboxId + "@" + domainOf(from) + ">";
    }

    private static String domainOf(String from) {
        try {
            String address = new InternetAddress(from, false).getAddress();
            int at = address == null ? -1 : address.lastIndexOf('@');
            return at < 0 || at == address.length() - 1 ? FALLBACK_DOMAIN : address.substring(at + 1);
        } catch (AddressException e) {
            return FALLBACK_DOMAIN;
        }
    }
}
