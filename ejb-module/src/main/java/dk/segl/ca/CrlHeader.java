package dk.segl.ca;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Optional;

/**
 * What a CRL says besides its entries. A full CRL of the issuing CA names itself in its Issuing
 * Distribution Point and its delta CRL in Freshest CRL; a delta CRL names its base CRL's number
 * and carries the same Issuing Distribution Point, because a delta only combines with a full CRL
 * of the same scope (RFC 5280, 5.2.4; OpenSSL compares the two extensions).
 */
public record CrlHeader(BigInteger number, Instant thisUpdate, Instant nextUpdate, Optional<String> scope,
                        Optional<String> freshest, Optional<BigInteger> baseNumber) {

    private static final int MAX_CRL_NUMBER_OCTETS = 20;

    public CrlHeader {
        requireCrlNumber(number);
        baseNumber.ifPresent(CrlHeader::requireCrlNumber);
        if (!nextUpdate.isAfter(thisUpdate)) {
            throw new IllegalArgumentException("nextUpdate must come after thisUpdate");
        }
        if (baseNumber.isPresent() && (freshest.isPresent() || baseNumber.get().compareTo(number) >= 0)) {
            throw new IllegalArgumentException("a delta CRL names an older base and no Freshest CRL");
        }
    }

    /** A CRL without deltas (the root's). */
    public static CrlHeader plain(BigInteger number, Instant thisUpdate, Instant nextUpdate) {
        return new CrlHeader(number, thisUpdate, nextUpdate, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static CrlHeader full(BigInteger number, Instant thisUpdate, Instant nextUpdate, String ownUrl, String deltaUrl) {
        return new CrlHeader(number, thisUpdate, nextUpdate, Optional.of(ownUrl), Optional.of(deltaUrl), Optional.empty());
    }

    public static CrlHeader delta(BigInteger number, BigInteger base, Instant thisUpdate, Instant nextUpdate, String baseUrl) {
        return new CrlHeader(number, thisUpdate, nextUpdate, Optional.of(baseUrl), Optional.empty(), Optional.of(base));
    }

    private static void requireCrlNumber(BigInteger number) {
        if (number == null || number.signum() < 0 || number.toByteArray().length > MAX_CRL_NUMBER_OCTETS) {
            throw new IllegalArgumentException("CRL number must be non-negative and at most 20 octets");
        }
    }
}
