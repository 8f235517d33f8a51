package dk.segl.ca;

import dk.segl.holder.CertificateHolder;
import java.security.PublicKey;
import java.time.Period;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * An organisation's IdM system authenticating to Segl over TLS: the subject names the organisation
 * and the system (its account's id and name), for client authentication only, no email. It is
 * not a user certificate and is never published to the directory.
 */
public final class IdmSystemProfile implements CertificateProfile<CertificateHolder> {

    static final int VALIDITY_YEARS = 2;

    @Override
    public String name() {
        return "idm-system";
    }

    @Override
    public X500Name subject(CertificateHolder system) {
        return UserCertificateProfile.holderName(system);
    }

    @Override
    public List<Extension> extensions(CertificateHolder system, PublicKey key) {
        return List.of(
                ProfileSigner.extension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature)),
                ProfileSigner.extension(Extension.extendedKeyUsage, false,
                        new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth)));
    }

    @Override
    public Period validity() {
        return Period.ofYears(VALIDITY_YEARS);
    }
}
