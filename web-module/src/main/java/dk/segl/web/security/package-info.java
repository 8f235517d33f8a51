/**
 * Login: the one Jakarta Security mechanism (HTTP Basic for /api, form login for the pages) and
 * the security headers on every answer; EST's own login of IdM systems and holders (TLS client
 * certificate or HTTP Basic, {@link dk.segl.web.security.IdmSystemLogin}), which the mechanism
 * leaves to the EST servlet. Depends on dk.segl.certificate to recognise system certificates. Passwords are checked by the domain's throttled login
 * (dk.segl.authentication, which answers with dk.segl.organisation's actor); depends on
 * dk.segl.web.api for the problem+json answers.
 */
package dk.segl.web.security;
