/**
 * The OCSP responder (RFC 6960, with RFC 5019's lightweight profile): reads a request, matches
 * its CertIDs to Segl's two CAs, looks each serial number up in the certificate records, and
 * answers with a response the CA signs (the root itself, or the issuing CA's OCSP signer), cached
 * per certificate while the status it states is still the recorded one. Depends on ca (which
 * alone signs and issues the OCSP signer), certificate (the records), audit and config; the web
 * module only carries the bytes over HTTP.
 */
package dk.segl.ocsp;
