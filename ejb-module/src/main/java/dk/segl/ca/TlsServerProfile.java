package dk.segl.ca;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.PublicKey;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;

/**
 * Segl's own HTTPS server: named for the host of the public HTTPS base URL (an IP address as
 * iPAddress, anything else as dNSName; {@code localhost} also as 127.0.0.1, the address Segl
 * listens on by default), for server authentication only. One year, so that a renewal at start
 * (see {@code HttpsIdentity}) comes round well before the browsers' 398-day limit.
 */
public final class TlsServerProfile implements CertificateProfile<TlsServerProfile.Server> {

    /** The host a client addresses, and the organisation that runs the CA. */
    public record Server(String host, String organisation) {
    }

    @Override
    public String name() {
        return "tls-server";
    }

    @Override
    public X500Name subject(Server server) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "DK")
                .addRDN(BCStyle.O, server.organisation())
                .addRDN(BCStyle.CN, server.host())
                .build();
    }

    @Override
    public List<Extension> extensions(Server server, PublicKey key) {
        return List.of(
                ProfileSigner.extension(Extension.keyUsage, true, ProfileSigner.signingKeyUsage(key)),
                ProfileSigner.extension(Extension.extendedKeyUsage, false,
                        new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth)),
                ProfileSigner.extension(Extension.subjectAlternativeName, false, altNames(server.host())));
    }

    @Override
    public Period validity() {
        return Period.ofYears(1);
    }

    private static GeneralNames altNames(String host) {
        List<GeneralName> names = new ArrayList<>();
        names.add(isAddress(host) ? new GeneralName(GeneralName.iPAddress, host) : new GeneralName(GeneralName.dNSName, host));
        if (host.equals("localhost")) {
            names.add(new GeneralName(GeneralName.iPAddress, "127.0.0.1"));
        }
        return new GeneralNames(names.toArray(GeneralName[]::new));
    }

    private static boolean isAddress(String host) {
        if (!host.matches("[0-9.]+|.*:.*")) {
            return false;
        }
        try {
            // A literal address only: no name lookup happens for these characters.
            InetAddress.getByName(host);
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
