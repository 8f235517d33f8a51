package dk.segl.web.api;

import dk.segl.ca.CertificateFormats;
import dk.segl.ca.CsrPolicy;
import dk.segl.ca.Pkcs12File;
import dk.segl.certificate.IssuanceService;
import dk.segl.certificate.IssuedCertificate;
import dk.segl.error.Rule;
import dk.segl.organisation.UserService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** The logged-in user's own profile and certificates, and issuing a pending one from the email link. */
@RequestScoped
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    static final String PKCS10 = "application/pkcs10";
    static final String PKIX_CERT = "application/pkix-cert";
    static final String PKCS7 = "application/pkcs7-mime";
    static final String PEM_CHAIN = "application/pem-certificate-chain";

    @EJB
    IssuanceService issuance;

    @EJB
    UserService users;

    @Inject
    CurrentActor actor;

    @Inject
    Clock clock;

    @GET
    public Views.UserView me() {
        return Views.UserView.of(users.me(actor.get()));
    }

    @GET
    @Path("certificates")
    public Views.PageView<Views.CertificateView> certificates(@QueryParam("page") @DefaultValue("0") String page,
                                                              @QueryParam("size") @DefaultValue("20") String size) {
        return Views.PageView.of(issuance.mine(actor.get(), Paging.of(page, size)), c -> Views.CertificateView.of(c, clock));
    }

    @GET
    @Path("certificates/{id}")
    public Views.CertificateView certificate(@PathParam("id") String id) {
        return Views.CertificateView.of(issuance.mine(actor.get(), id), clock);
    }

    /**
     * Hardware: the body is a PKCS#10 CSR (DER or PEM) and the answer the certificate, as a PEM
     * chain, DER or PKCS#7 by {@code Accept}. Internet browser: no body, and the answer is a
     * PKCS#12 with the key Segl generated and its password, shown this once.
     */
    @POST
    @Path("certificates/{id}/issue")
    @Consumes(MediaType.WILDCARD)
    @Produces({MediaType.APPLICATION_JSON, PEM_CHAIN, PKIX_CERT, PKCS7, MediaType.WILDCARD})
    public Response issue(@PathParam("id") String id, @QueryParam("token") String token,
                          @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                          @HeaderParam(HttpHeaders.ACCEPT) String accept, InputStream input) throws IOException {
        if (token == null || token.isBlank()) {
            throw Rule.TOKEN_REQUIRED.refusal();
        }
        byte[] body = CsrBody.read(input);
        if (body.length == 0) {
            Pkcs12File bundle = issuance.issueInBrowser(actor.get(), id, token);
            return Response.ok(new Views.Pkcs12View(Base64.getEncoder().encodeToString(bundle.der()), bundle.password()),
                            MediaType.APPLICATION_JSON_TYPE)
                    .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
        }
        CsrBody.requireMediaType(contentType);
        IssuedCertificate issued = issuance.issueFromCsr(actor.get(), id, token, body);
        return certificateAnswer(issued, accept == null ? "" : accept);
    }

    static Response certificateAnswer(IssuedCertificate issued, String accept) {
        List<java.security.cert.X509Certificate> chain = new ArrayList<>();
        chain.add(issued.certificate());
        chain.addAll(issued.chain());
        if (accept.contains(PKIX_CERT)) {
            return Response.ok(CertificateFormats.der(issued.certificate()), PKIX_CERT).build();
        }
        if (accept.contains(PKCS7)) {
            return Response.ok(CertificateFormats.pkcs7(chain), PKCS7 + "; smime-type=certs-only").build();
        }
        return Response.ok(CertificateFormats.pem(chain).getBytes(StandardCharsets.US_ASCII), PEM_CHAIN).build();
    }
}
