/**
 * The datasource and its schema (Flyway), with commits made durable and SEGL_HOME owner-only before
 * the database writes there, the rows workers claim without waiting for other nodes
 * ({@link dk.segl.persistence.RowClaim}), and every write refused while the embedded database's
 * disk is below its reserve (StorageGuard, for every entity). Depends on config and files. Other
 * packages reach the database through JPA and those claims; only what also runs outside the
 * server (the audit log's verifier, the CA's record, the operator's commands in dk.segl.command)
 * uses JDBC.
 */
package dk.segl.persistence;
