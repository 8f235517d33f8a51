/**
 * Files under SEGL_HOME: owner-only folders and files, written atomically. Depends on the JDK only;
 * every package that writes under SEGL_HOME uses it.
 */
package dk.segl.files;
