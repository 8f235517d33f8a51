package dk.segl.web.security;

import dk.segl.authentication.LoginOutcome;
import dk.segl.authentication.PasswordLogin;
import dk.segl.certificate.SystemCertificates;
import dk.segl.error.DomainException;
import dk.segl.error.Rule;
import dk.segl.organisation.Actor;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Who an EST request comes from: the IdM system whose current system certificate the TLS client
 * presented (the listener has already checked it chains to Segl's CA; this checks it is a
 * system certificate still issued), or else the login and password of HTTP Basic, through the same
 * throttled password check as every other login. The IdM API takes only the first: HTTPS with a
 * current system certificate.
 */
@ApplicationScoped
public class IdmSystemLogin {

    private static final String CLIENT_CERTIFICATES = "jakarta.servlet.request.X509Certificate";

    @EJB
    SystemCertificates systemCertificates;

    @Inject
    PasswordLogin passwords;

    /** The certificate the TLS client presented, if any; the listener has checked that it chains to Segl's CA. */
    public static Optional<X509Certificate> clientCertificate(HttpServletRequest request) {
        return request.getAttribute(CLIENT_CERTIFICATES) instanceof X509Certificate[] chain && chain.length > 0
                ? Optional.of(chain[0]) : Optional.empty();
    }

    /** Whether the TLS client presented a current IdM system certificate (not, say, a user's own). */
    public boolean presentsSystemCertificate(HttpServletRequest request) {
        return clientCertificate(request).flatMap(systemCertificates::authenticate).isPresent();
    }

    /**
     * The IdM API's login: the caller is the IdM system whose current system certificate the TLS
     * client presented over HTTPS; anything else is answered here with the problem naming the rule.
     */
    public AuthenticationStatus apiLogin(HttpServletRequest request, HttpServletResponse response,
                                         HttpMessageContext context) {
        try {
            Actor system = bySystemCertificate(request);
            return context.notifyContainerAboutLogin(system.loginName(),
                    system.roles().stream().map(Enum::name).collect(Collectors.toSet()));
        } catch (DomainException e) {
            BasicCredentials.answer(response, e.rule(), e.detail());
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private Actor bySystemCertificate(HttpServletRequest request) {
        if (!request.isSecure()) {
            throw Rule.IDM_API_HTTPS_REQUIRED.refusal();
        }
        X509Certificate presented = clientCertificate(request)
                .orElseThrow(() -> Rule.IDM_API_CERTIFICATE_REQUIRED.refusal());
        return systemCertificates.authenticate(presented).orElseThrow(() -> Rule.SYSTEM_CERTIFICATE_INVALID.refusal());
    }

    /** The authenticated caller; refused (401) when the request carries no usable credential. */
    public Actor authenticate(HttpServletRequest request) {
        Optional<X509Certificate> presented = clientCertificate(request);
        if (presented.isPresent()) {
            return systemCertificates.authenticate(presented.get())
                    .orElseThrow(() -> Rule.SYSTEM_CERTIFICATE_INVALID.refusal());
        }
        String header = request.getHeader("Authorization");
        if (!BasicCredentials.isBasic(header)) {
            throw Rule.LOGIN_REQUIRED.refusal("Authenticate with an IdM system's TLS client certificate or HTTP Basic");
        }
        UsernamePasswordCredential credential = BasicCredentials.decode(header.substring(6).strip());
        if (credential == null) {
            throw Rule.LOGIN_MALFORMED.refusal();
        }
        LoginOutcome outcome = passwords.attempt(credential.getCaller(), credential.getPassword().getValue(),
                request.getRemoteAddr());
        if (outcome instanceof LoginOutcome.Accepted accepted) {
            return accepted.actor();
        }
        if (outcome instanceof LoginOutcome.Throttled throttled) {
            throw Rule.LOGIN_THROTTLED.refusal("Too many failed logins; try again in "
                    + throttled.retryAfterSeconds() + " seconds");
        }
        throw Rule.LOGIN_FAILED.refusal();
    }
}
