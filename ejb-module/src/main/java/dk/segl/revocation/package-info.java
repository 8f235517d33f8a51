/** Revocation status for relying parties: the CRLs (OCSP comes later). Depends on ca, certificate, config. */
package dk.segl.revocation;
