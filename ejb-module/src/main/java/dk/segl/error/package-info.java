/** Segl's one error model: {@link dk.segl.error.DomainException} with an {@link dk.segl.error.ErrorKind}. Depends on nothing. */
package dk.segl.error;
