/**
 * The certificate authority: the CA keys (behind {@link dk.segl.ca.CaKey}, in a PKCS#12 file or on a
 * PKCS#11 token through the JDK's SunPKCS11 provider), the named certificate
 * profiles ({@link dk.segl.ca.Profiles}: user, IdM system, TLS server) that decide what each kind
 * contains and the one {@link dk.segl.ca.ProfileSigner} every kind is signed through, the key and
 * CSR policy the signer re-checks, serial numbers, PKCS#12 bundles for browsers, EST's CSR
 * attributes, and Segl's own HTTPS server certificate and key stores ({@link dk.segl.ca.HttpsIdentity}).
 *
 * <p>This package signs what it is given once the profile allows it; deciding <em>who</em> may have
 * a certificate belongs to the registration authority. It depends on Bouncy Castle, the JDK,
 * {@code dk.segl.holder} (the values a certificate carries), {@code dk.segl.files} (owner-only
 * files) and {@code dk.segl.error} only: no EJB, CDI, persistence or configuration lookups, so the
 * wiring above it chooses where keys and settings come from. The two start-up beans,
 * {@code CertificateAuthority} and {@code HttpsIdentity}, are that wiring: they read
 * {@code dk.segl.config}; {@code CertificateAuthority} compares its keys with the CA the database
 * belongs to through {@code dk.segl.custody} ({@code KeyCustody} decides, {@link dk.segl.ca.CaCustody}
 * applies it at start and in the operator's commands, {@code dk.segl.command}) and records every
 * signature (intent and result) through {@code dk.segl.audit}, and
 * {@code HttpsIdentity} audits through {@code dk.segl.audit} and restarts Payara's HTTPS listener
 * after a renewal ({@link dk.segl.ca.HttpsListener}: Payara's asadmin command runner, reached by
 * reflection, the one place Segl touches Payara's internals).
 */
package dk.segl.ca;
