/**
 * Mail: the transactional outbox, its worker, and the transports (SMTP, or .eml files with no
 * SMTP server). Knows nothing of what the mails say; depends on dk.segl.config, dk.segl.files,
 * dk.segl.retry and dk.segl.persistence (the outbox rows it claims, the storage reserve) only.
 */
package dk.segl.notification;
