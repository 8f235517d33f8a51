/**
 * Login: the one Jakarta Security mechanism (HTTP Basic for /api, form login for the pages) and
 * the security headers on every answer; EST's own login of IdM systems and holders (TLS client
 * certificate or HTTP Basic, {@link dk.segl.web.security.IdmSystemLogin}), which the mechanism
 * leaves to the EST servlet; the IdM API's login, over HTTPS with a current system certificate
 * only (an IdM system's password is EST's alone). Depends on dk.segl.certificate to recognise
 * system certificates. Passwords are checked by the domain's throttled login
 * (dk.segl.authentication, which answers with dk.segl.organisation's actor and its roles); depends
 * on dk.segl.web.api for the problem+json answers.
 */
package dk.segl.web.security;
