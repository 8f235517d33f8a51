package dk.segl.ca;

/** Every kind of end-entity certificate Segl signs, by name; each is signed through the one {@link ProfileSigner}. */
public final class Profiles {

    public static final UserCertificateProfile USER = new UserCertificateProfile();
    public static final IdmSystemProfile IDM_SYSTEM = new IdmSystemProfile();
    public static final TlsServerProfile TLS_SERVER = new TlsServerProfile();

    private Profiles() {
    }
}
