package dk.segl.persistence;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fingerprints the keys of certificates issued before the key registry existed, and registers
 * them: the first holder of a key keeps it, and a key of a certificate revoked for key compromise
 * is blocked. SQL cannot read a public key out of a certificate, so this migration is Java.
 */
public class V4__CertifiedKeys extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        CertificateFactory x509 = CertificateFactory.getInstance("X.509");
        Set<String> registered = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, user_id, certificate_der, revocation_reason FROM certificate ORDER BY issued_at");
             PreparedStatement fingerprint = connection.prepareStatement(
                     "UPDATE certificate SET public_key_sha256 = ? WHERE id = ?");
             PreparedStatement register = connection.prepareStatement(
                     "INSERT INTO certified_key (key_sha256, user_id, compromised, version) VALUES (?, ?, ?, 0)");
             PreparedStatement block = connection.prepareStatement(
                     "UPDATE certified_key SET compromised = TRUE WHERE key_sha256 = ?");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String key = fingerprintOf(x509, rows.getBytes("certificate_der"));
                fingerprint.setString(1, key);
                fingerprint.setString(2, rows.getString("id"));
                fingerprint.executeUpdate();
                if (registered.add(key)) {
                    register.setString(1, key);
                    register.setString(2, rows.getString("user_id"));
                    register.setBoolean(3, false);
                    register.executeUpdate();
                }
                if ("KEY_COMPROMISE".equals(rows.getString("revocation_reason"))) {
                    block.setString(1, key);
                    block.executeUpdate();
                }
            }
        }
    }

    private static String fingerprintOf(CertificateFactory x509, byte[] der) throws GeneralSecurityException {
        X509Certificate certificate = (X509Certificate) x509.generateCertificate(new ByteArrayInputStream(der));
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(certificate.getPublicKey().getEncoded()));
    }
}
