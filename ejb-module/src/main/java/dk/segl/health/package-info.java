/** Health checks for MicroProfile Health (/health). Depends on ca and the persistence unit. */
package dk.segl.health;
