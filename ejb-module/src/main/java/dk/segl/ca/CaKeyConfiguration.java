package dk.segl.ca;

import dk.segl.files.PrivateFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The settings that say where the CA keys are and what a new CA is called, as the server and the
 * operator's commands both read them (README, "CA keys"). The PIN and key store password stay here
 * and in the key store's login; no message carries them.
 */
public record CaKeyConfiguration(Path home, Optional<String> keystorePassword, Optional<String> pkcs11Library,
                                 Optional<Long> pkcs11Slot, int pkcs11SlotListIndex, Optional<String> pkcs11Pin,
                                 Optional<String> pkcs11PinFile, CaNames names, String signatureAlgorithm) {

    /** On a PKCS#11 token when a library is set, else in SEGL_HOME/ca/ca.p12. */
    CaKeyPlace place(Clock clock) {
        if (pkcs11Library.isPresent()) {
            Pkcs11Token token = Pkcs11Token.login(pkcs11Library.get(), pkcs11Slot, pkcs11SlotListIndex,
                    Pkcs11Pin.resolve(pkcs11Pin, pkcs11PinFile));
            return new CaKeyPlace(token.description(), Pkcs11CaKeyStore.holdsCa(token),
                    () -> Pkcs11CaKeyStore.openOrCreate(token, names, signatureAlgorithm, clock));
        }
        Path folder = home.resolve("ca");
        PrivateFiles.removeLeftovers(folder);
        char[] password = KeystorePassword.resolve(keystorePassword, folder.resolve("ca.p12.password"));
        Path file = folder.resolve("ca.p12");
        return new CaKeyPlace("the key store " + file, Files.exists(file),
                () -> Pkcs12CaKeyStore.openOrCreate(file, password, names, signatureAlgorithm, clock));
    }
}
