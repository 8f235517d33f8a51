/**
 * Organisations, their users and roles, settings, login and activation. Depends on config,
 * error, holder, audit, language, notification, paging and token; never on certificates (they listen for
 * {@link dk.segl.organisation.UserChanged}).
 */
package dk.segl.organisation;
