package dk.segl.directory;

import java.time.Duration;

/**
 * What one anonymous client may ask of the public directory, so that no client can take it from
 * the others: entries and time per search, bytes per request, the filter's shape, open
 * connections in all, and how long a connection may sit idle. Segl's writer is bound by none.
 */
record DirectoryLimits(int sizeLimit, Duration timeLimit, int maxRequestBytes, FilterBounds filter,
        int maxConnections, Duration idleTimeout) {
}
