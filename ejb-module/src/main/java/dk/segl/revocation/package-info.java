/**
 * Revocation: how revoked certificates are published. {@link dk.segl.revocation.CrlEncoder}
 * turns a list of {@link dk.segl.revocation.RevokedEntry} into a signed CRL; deciding what is
 * revoked and when a CRL is due lives with the services that call it. Depends on
 * {@code dk.segl.ca} (for {@link dk.segl.ca.CaKey}), {@code dk.segl.error} and Bouncy Castle.
 */
package dk.segl.revocation;
