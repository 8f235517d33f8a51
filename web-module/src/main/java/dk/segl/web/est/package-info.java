/**
 * EST (RFC 7030, with RFC 8951's clarifications) at {@code /.well-known/est/} and under an optional
 * label: the protocol's own encodings (base64 bodies, certs-only PKCS#7, csrattrs) and answers,
 * over HTTPS only. It translates requests into the certificate services' commands and refusals
 * into problem bodies; it decides nothing itself. Uses {@code dk.segl.ca} (encodings),
 * {@code dk.segl.certificate}, {@code dk.segl.error}, {@code dk.segl.web.security} (who is calling)
 * and {@code dk.segl.web.api} (the problem body and its status per kind).
 */
package dk.segl.web.est;
