package dk.segl.revocation;

import dk.segl.ca.CaLevel;

/** Fired in the transaction that stored a CA's new CRL, so copies of it elsewhere (the directory) follow. */
public record CrlPublished(CaLevel level) {
}
