/**
 * Revocation status for relying parties: the CRLs of both CAs, kept in the database; the
 * issuing CA's full CRL on a schedule, its delta CRL with every revocation (OCSP: dk.segl.ocsp).
 * Depends on ca (which alone signs), certificate, config and persistence (the datasource, which
 * the full CRL reads with plain JDBC, and the claim of a CA's state row).
 */
package dk.segl.revocation;
