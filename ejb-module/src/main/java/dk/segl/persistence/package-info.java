/**
 * The datasource and its schema (Flyway), with commits made durable and SEGL_HOME owner-only before
 * the database writes there. Depends on config and files. Other packages reach the database only through JPA.
 */
package dk.segl.persistence;
