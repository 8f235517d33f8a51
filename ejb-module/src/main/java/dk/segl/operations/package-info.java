/**
 * What operators do to the running Segl beside the directory (which has its own): the mail dead
 * letters, and who may read the operational metrics. Depends on notification, organisation (the
 * actor and its role), config (the scraper's token), audit and error.
 */
package dk.segl.operations;
