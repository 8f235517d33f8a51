/** The datasource and its schema (Flyway). Other packages reach the database only through JPA. */
package dk.segl.persistence;
