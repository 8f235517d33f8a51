/** Demo data for the embedded start. Depends on organisation and config. */
package dk.segl.demo;
