package dk.segl.web.api;

import dk.segl.ca.CsrPolicy;
import dk.segl.error.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/** A CSR sent as a request body (DER or PEM), read no further than any CSR Segl accepts. */
final class CsrBody {

    private CsrBody() {
    }

    /** Never more than the policy would look at: a client cannot make Segl buffer a huge body. */
    static byte[] read(InputStream input) throws IOException {
        byte[] body = input.readNBytes(CsrPolicy.MAX_BYTES + 1);
        if (body.length > CsrPolicy.MAX_BYTES) {
            throw Rule.CSR_TOO_LARGE.refusal("A CSR is at most " + CsrPolicy.MAX_BYTES + " bytes");
        }
        return body;
    }

    static void requireMediaType(String contentType) {
        String type = contentType == null ? MeResource.PKCS10 : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!List.of(MeResource.PKCS10, "application/octet-stream", "text/plain", "application/x-pem-file").contains(type)) {
            throw Rule.CSR_CONTENT_TYPE.refusal();
        }
    }
}
