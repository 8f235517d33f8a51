/**
 * Logging in with a password: the one path both login mechanisms (HTTP Basic, the login form)
 * take to check a login name and password, and the throttle on failed guesses per account and per
 * client address. The throttle lives in memory on each node. Depends on organisation (the
 * password check itself), audit, retry and config.
 */
package dk.segl.authentication;
