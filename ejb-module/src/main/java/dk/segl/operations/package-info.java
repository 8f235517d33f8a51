/**
 * What operators do to the running Segl beside the directory (which has its own): the mail dead
 * letters. Depends on notification, organisation (the actor and its role), audit and error.
 */
package dk.segl.operations;
