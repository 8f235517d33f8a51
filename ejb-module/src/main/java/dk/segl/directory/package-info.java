/**
 * The public certificate directory: the embedded ApacheDS server (schema, the {@code c=DK}
 * partition, anonymous read-only access) or an external OpenLDAP that several nodes share, what
 * the database says should be published there, and the publication queue whose worker writes it
 * over LDAP, retrying while the directory is down. Depends on certificate, organisation, holder,
 * revocation, ca (its certificate and the shared password file), audit, config, files, retry,
 * error and persistence (the queue rows it claims); nothing depends on it except the operators'
 * REST endpoint and the readiness check.
 */
package dk.segl.directory;
