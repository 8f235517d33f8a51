/**
 * The datasource and its schema (Flyway), with commits made durable and SEGL_HOME owner-only before
 * the database writes there, and every write refused while the embedded database's disk is below
 * its reserve (StorageGuard, for every entity). Depends on config and files. Other packages reach the database only through JPA.
 */
package dk.segl.persistence;
