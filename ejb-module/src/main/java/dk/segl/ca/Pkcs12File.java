package dk.segl.ca;

/** A PKCS#12 file and the password that opens it, shown to the user once. */
public record Pkcs12File(byte[] der, String password) {
}
