/**
 * The audit trail: every command, done or refused, in one hash chain with signed checkpoints, and
 * the verifier that walks it ({@link dk.segl.audit.AuditRows}, which the operator's
 * {@code segl audit verify} in dk.segl.command runs too).
 * Depends on dk.segl.error, dk.segl.config (SEGL_HOME), dk.segl.files (the signing key's files),
 * dk.segl.persistence (the datasource's name) and dk.segl.paging.
 */
package dk.segl.audit;
