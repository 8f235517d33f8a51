/**
 * Mail: the transactional outbox, its worker, and the transports (SMTP, or .eml files with no
 * SMTP server). Knows nothing of what the mails say; depends on dk.segl.config, dk.segl.files and dk.segl.retry only.
 */
package dk.segl.notification;
