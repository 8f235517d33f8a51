/** How workers space their retries: {@link dk.segl.retry.Backoff}. Depends on nothing. */
package dk.segl.retry;
