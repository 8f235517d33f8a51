/**
 * The operator's command line, {@code segl} at the project's top (README, "CA keys"): {@code segl ca
 * init} creates the CA on purpose, {@code segl ca reissue} re-certifies the issuing CA's key, and
 * {@code segl audit verify} walks the audit chain. They run beside the server, on the same settings
 * (environment variables, {@code -D} properties, then the server's defaults file), through the
 * server's own rules: dk.segl.ca ({@link dk.segl.ca.CaCustody}), dk.segl.custody, dk.segl.audit,
 * dk.segl.persistence (the schema) and dk.segl.config (how values read); plain JDBC, no container.
 */
package dk.segl.command;
