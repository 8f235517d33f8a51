/**
 * Login: the one Jakarta Security mechanism (HTTP Basic for /api, form login for the pages) and
 * the security headers on every answer. Depends on Segl's identity store (dk.segl.organisation)
 * and on dk.segl.web.api for the problem+json answers.
 */
package dk.segl.web.security;
