package dk.segl.certificate;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/** EST serverkeygen's answer: the key Segl made (handed over once, never stored) and its certificate. */
public record ServerGeneratedKey(PrivateKey key, X509Certificate certificate) {
}
