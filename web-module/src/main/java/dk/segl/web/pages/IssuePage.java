package dk.segl.web.pages;

import dk.segl.ca.CertificateFormats;
import dk.segl.ca.CsrPolicy;
import dk.segl.ca.Pkcs12File;
import dk.segl.certificate.CertificateOrder;
import dk.segl.certificate.IssuanceMethod;
import dk.segl.certificate.IssuanceService;
import dk.segl.certificate.IssuedCertificate;
import dk.segl.error.DomainException;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * The user's page from the email link ({@code /issue?order=..&token=..}): who and what the
 * certificate is for, the terms, then issuance in the browser (a PKCS#12 and its password, shown
 * once) or from the hardware's CSR. A used, expired or someone else's link gets a clear message.
 */
@Named
@ViewScoped
public class IssuePage implements Serializable {

    private static final long serialVersionUID = 1L;
    @EJB
    IssuanceService issuance;

    @Inject
    Visitor visitor;

    @Inject
    PageMessages messages;

    private String order;
    private String token;
    private String unusable;
    private String certificateName;
    private String organisationName;
    private String cvr;
    private IssuanceMethod method;
    private boolean termsAccepted;
    private transient Part csrFile;
    private String csrText;
    private byte[] pkcs12;
    private String password;
    private String pem;
    private byte[] der;

    public void load() {
        try {
            CertificateOrder linked = issuance.linked(visitor.actor(), order, token);
            certificateName = linked.user().name();
            organisationName = linked.organisation().name();
            cvr = linked.organisation().cvr().value();
            method = linked.issuanceMethod();
        } catch (RuntimeException e) {
            DomainException refusal = PageMessages.domainCause(e).orElseThrow(() -> e);
            unusable = messages.describe(refusal);
        }
    }

    /** Internet browser: Segl makes the key; the page shows the password and starts the download. */
    public void issueInBrowser() {
        if (requireTerms()) {
            messages.attempt(() -> issuance.issueInBrowser(visitor.actor(), order, token)).ifPresent(this::keepPkcs12);
        }
    }

    private void keepPkcs12(Pkcs12File file) {
        pkcs12 = file.der();
        password = file.password();
        PrimeFaces.current().executeScript("document.getElementById('issued:download').click()");
    }

    public void downloadPkcs12() throws IOException {
        Downloads.send("certificate.p12", "application/x-pkcs12", pkcs12);
    }

    /** Hardware: the CSR from the uploaded file, or else the pasted text. */
    public void issueFromCsr() throws IOException {
        byte[] csr = csr();
        if (csr.length == 0) {
            messages.error("issue.hardware.csrRequired");
            return;
        }
        if (requireTerms()) {
            messages.attempt(() -> issuance.issueFromCsr(visitor.actor(), order, token, csr)).ifPresent(this::keepCertificate);
        }
    }

    private void keepCertificate(IssuedCertificate issued) {
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(issued.certificate());
        chain.addAll(issued.chain());
        pem = CertificateFormats.pem(chain);
        der = CertificateFormats.der(issued.certificate());
    }

    public void downloadPem() throws IOException {
        Downloads.send("certificate.pem", "application/pem-certificate-chain", pem.getBytes(StandardCharsets.US_ASCII));
    }

    public void downloadDer() throws IOException {
        Downloads.send("certificate.cer", "application/pkix-cert", der);
    }

    private byte[] csr() throws IOException {
        if (csrFile != null && csrFile.getSize() > 0) {
            try (InputStream in = csrFile.getInputStream()) {
                // One byte past the limit, so the policy refuses the file as too large rather than truncated.
                return in.readNBytes(CsrPolicy.MAX_BYTES + 1);
            }
        }
        return csrText == null ? new byte[0] : csrText.strip().getBytes(StandardCharsets.US_ASCII);
    }

    private boolean requireTerms() {
        if (!termsAccepted) {
            messages.error("issue.termsRequired");
        }
        return termsAccepted;
    }

    public boolean isBrowser() {
        return method == IssuanceMethod.BROWSER;
    }

    public boolean isHardware() {
        return method == IssuanceMethod.HARDWARE;
    }

    public boolean isBrowserIssued() {
        return pkcs12 != null;
    }

    public boolean isHardwareIssued() {
        return der != null;
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getUnusable() {
        return unusable;
    }

    public String getCertificateName() {
        return certificateName;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public String getCvr() {
        return cvr;
    }

    public IssuanceMethod getMethod() {
        return method;
    }

    public boolean isTermsAccepted() {
        return termsAccepted;
    }

    public void setTermsAccepted(boolean termsAccepted) {
        this.termsAccepted = termsAccepted;
    }

    public Part getCsrFile() {
        return csrFile;
    }

    public void setCsrFile(Part csrFile) {
        this.csrFile = csrFile;
    }

    public String getCsrText() {
        return csrText;
    }

    public void setCsrText(String csrText) {
        this.csrText = csrText;
    }

    public String getPassword() {
        return password;
    }
}
