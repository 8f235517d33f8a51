/**
 * Orders and certificates, each its own record, their state machines, and the registration
 * authority: who may order, revoke, delete and issue, for which holder and which key. Depends on
 * organisation, holder, ca, notification, language, audit, paging, token, config, error, and on
 * persistence only to tell a lost race for a unique key.
 */
package dk.segl.certificate;
