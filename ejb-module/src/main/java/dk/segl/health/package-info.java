/** Health checks for MicroProfile Health (/health). Depends on ca, directory and the persistence unit. */
package dk.segl.health;
