package dk.segl.revocation;

import java.math.BigInteger;
import java.time.OffsetDateTime;

/** A CRL as served to relying parties. */
public record PublishedCrl(byte[] der, BigInteger number, OffsetDateTime thisUpdate, OffsetDateTime nextUpdate) {
}
