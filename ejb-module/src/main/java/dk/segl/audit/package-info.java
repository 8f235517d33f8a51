/** The audit trail: every command, done or refused. Depends on dk.segl.error only. */
package dk.segl.audit;
