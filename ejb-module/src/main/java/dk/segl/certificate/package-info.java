/**
 * Orders and certificates, each its own record, their state machines, and the registration
 * authority: who may order, revoke, delete and issue, for which holder and which key; EST
 * enrolment and re-enrolment (a renewal is a new certificate record that renews the current one);
 * IdM systems' TLS client certificates ({@link dk.segl.certificate.SystemCertificates}); reminders
 * for certificates close to their end with no renewal ({@link dk.segl.certificate.RenewalReminders}). Depends on
 * organisation, holder, ca, notification, language, audit, paging, token, config, error, and on
 * persistence only to tell a lost race (for a unique key or a row's lock) from an outage and to
 * claim the certificates its workers expire and remind of.
 */
package dk.segl.certificate;
