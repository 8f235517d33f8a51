/**
 * The certificate authority: the CA keys (behind {@link dk.segl.ca.CaKey}), the certificate
 * profile that decides what a user certificate contains, the key and CSR policy the profile
 * re-checks before signing, serial numbers and PKCS#12 bundles for browsers.
 *
 * <p>This package signs what it is given once the profile allows it; deciding <em>who</em> may have
 * a certificate belongs to the registration authority. It depends on Bouncy Castle, the JDK,
 * {@code dk.segl.holder} (the values a certificate carries), {@code dk.segl.files} (owner-only
 * files) and {@code dk.segl.error} only: no EJB, CDI, persistence or configuration lookups, so the
 * wiring above it chooses where keys and settings come from.
 */
package dk.segl.ca;
