/**
 * Which CA the database belongs to ({@link dk.segl.custody.CaIdentity}, the fingerprints of its root
 * and issuing CA certificates), recorded once when the CA is created or first seen. The CA's
 * start-up wiring and the operator's commands ({@code dk.segl.command}) compare the keys they reach
 * with it, both through {@link dk.segl.custody.CaRecord}. Plain JDBC ({@link dk.segl.custody.CaIdentityTable}),
 * as the commands run outside the server; depends on dk.segl.persistence for the datasource's name only.
 */
package dk.segl.custody;
