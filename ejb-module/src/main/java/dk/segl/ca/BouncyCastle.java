package dk.segl.ca;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The one Bouncy Castle provider instance Segl's crypto code passes explicitly. It is never
 * registered with {@code Security.addProvider}, so the application server's own providers and
 * other deployments are left exactly as they were.
 */
public final class BouncyCastle {

    public static final Provider PROVIDER = new BouncyCastleProvider();

    private BouncyCastle() {
    }
}
