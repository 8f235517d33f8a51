/**
 * What operators do to the running Segl beside the directory (which has its own): the mail dead
 * letters, online backups, the audit log (read, export, verify), and who may read the operational
 * metrics. Depends on notification, organisation (the actor and its role), config (SEGL_HOME, the
 * scraper's token), persistence (the embedded database's copy), files, audit, paging and error.
 */
package dk.segl.operations;
