/**
 * The languages of pages and mails (Danish, English) and how each writes dates and times.
 * Depends on nothing of Segl's; organisation, certificate and the pages use it.
 */
package dk.segl.language;
