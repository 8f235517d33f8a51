package dk.segl.notification;

/** A plain-text mail to one recipient. */
public record Mail(String recipient, String subject, String body) {
}
