/**
 * The certificate order/certificate aggregate, its state machine, and the registration
 * authority: who may order, revoke, delete and issue. Depends on organisation, ca, notification, language,
 * audit, paging, token, config, error.
 */
package dk.segl.certificate;
