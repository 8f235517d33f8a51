/**
 * The datasource and its schema (Flyway), with commits made durable and SEGL_HOME owner-only before
 * the database writes there, and the rows workers claim without waiting for other nodes
 * ({@link dk.segl.persistence.RowClaim}). Depends on config and files. Other packages reach the
 * database only through JPA and those claims.
 */
package dk.segl.persistence;
