/** Health checks for MicroProfile Health (/health). Depends on ca, directory, persistence (the storage reserve) and the persistence unit. */
package dk.segl.health;
