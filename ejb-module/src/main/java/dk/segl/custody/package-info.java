/**
 * Which CA the database belongs to ({@link dk.segl.custody.CaIdentity}, the fingerprints of its root
 * and issuing CA certificates), recorded once when the CA is created or first seen. The CA's
 * start-up wiring compares the keys it reaches with it. Depends on JPA only.
 */
package dk.segl.custody;
