/**
 * Revocation status for relying parties: the CRLs of both CAs, kept in the database and
 * refreshed when a revocation makes them stale or time makes them due (OCSP: dk.segl.ocsp).
 * Depends on ca (which alone signs), certificate and config.
 */
package dk.segl.revocation;
