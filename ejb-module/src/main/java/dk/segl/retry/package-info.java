/** How workers space their retries ({@link dk.segl.retry.Backoff}) and what a queued row remembers of them ({@link dk.segl.retry.DeliveryAttempts}). Depends on nothing in Segl. */
package dk.segl.retry;
