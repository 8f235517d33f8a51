package dk.segl.certificate;

/** What was decided about a certificate close to its end: its reminder mails were queued, or a renewal made them needless. */
public enum ReminderOutcome {
    SENT,
    RENEWED
}
