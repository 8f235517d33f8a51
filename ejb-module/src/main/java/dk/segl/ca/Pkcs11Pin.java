package dk.segl.ca;

import java.util.Optional;

/** The PKCS#11 user PIN: from configuration (an environment variable) or from a file; never logged. */
final class Pkcs11Pin {

    private Pkcs11Pin() {
    }

    static char[] resolve(Optional<String> pin, Optional<String> pinFile) {
        return KeystorePassword.configuredOrRead(pin, pinFile)
                .orElseThrow(() -> new IllegalStateException("The CA keys are on a PKCS#11 token"
                        + " (segl.ca.pkcs11.library) but no PIN is configured: set SEGL_CA_PKCS11_PIN"
                        + " or SEGL_CA_PKCS11_PIN_FILE"));
    }
}
