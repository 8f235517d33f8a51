package dk.segl.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every setting of Segl, read through MicroProfile Config so each key is also an environment
 * variable ({@code segl.smtp.host} is {@code SEGL_SMTP_HOST}). Defaults live in
 * {@code META-INF/microprofile-config.properties}; README lists every key.
 */
@ApplicationScoped
public class SeglConfig {

    @Inject
    @ConfigProperty(name = "segl.home")
    String home;

    @Inject
    @ConfigProperty(name = "segl.public-base-url")
    String publicBaseUrl;

    @Inject
    @ConfigProperty(name = "segl.public-https-base-url")
    String publicHttpsBaseUrl;

    @Inject
    @ConfigProperty(name = "segl.tls.keystore-password")
    String tlsKeystorePassword;

    @Inject
    @ConfigProperty(name = "segl.tls.renew-before")
    Duration tlsRenewBefore;

    @Inject
    @ConfigProperty(name = "segl.smtp.host")
    Optional<String> smtpHost;

    @Inject
    @ConfigProperty(name = "segl.smtp.port")
    int smtpPort;

    @Inject
    @ConfigProperty(name = "segl.smtp.from")
    String smtpFrom;

    @Inject
    @ConfigProperty(name = "segl.smtp.starttls")
    boolean smtpStartTls;

    @Inject
    @ConfigProperty(name = "segl.smtp.user")
    Optional<String> smtpUser;

    @Inject
    @ConfigProperty(name = "segl.smtp.password")
    Optional<String> smtpPassword;

    @Inject
    @ConfigProperty(name = "segl.mail.max-attempts")
    int mailMaxAttempts;

    @Inject
    @ConfigProperty(name = "segl.issuance-link.lifetime")
    Duration issuanceLinkLifetime;

    @Inject
    @ConfigProperty(name = "segl.activation-link.lifetime")
    Duration activationLinkLifetime;

    @Inject
    @ConfigProperty(name = "segl.ca.root-name")
    String rootCaName;

    @Inject
    @ConfigProperty(name = "segl.ca.issuing-name")
    String issuingCaName;

    @Inject
    @ConfigProperty(name = "segl.ca.organisation")
    String caOrganisation;

    @Inject
    @ConfigProperty(name = "segl.ca.create-at-start")
    Optional<Boolean> caCreateAtStart;

    @Inject
    @ConfigProperty(name = "segl.db.url")
    String databaseUrl;

    @Inject
    @ConfigProperty(name = "segl.ca.pkcs11.library")
    Optional<String> pkcs11Library;

    @Inject
    @ConfigProperty(name = "segl.ca.pkcs11.slot")
    Optional<Long> pkcs11Slot;

    @Inject
    @ConfigProperty(name = "segl.ca.pkcs11.slot-list-index")
    int pkcs11SlotListIndex;

    @Inject
    @ConfigProperty(name = "segl.ca.pkcs11.pin")
    Optional<String> pkcs11Pin;

    @Inject
    @ConfigProperty(name = "segl.ca.pkcs11.pin-file")
    Optional<String> pkcs11PinFile;

    @Inject
    @ConfigProperty(name = "segl.ca.keystore-password")
    Optional<String> keystorePassword;

    @Inject
    @ConfigProperty(name = "segl.metrics.token")
    Optional<String> metricsToken;

    @Inject
    @ConfigProperty(name = "segl.ca.signature-algorithm")
    String signatureAlgorithm;

    @Inject
    @ConfigProperty(name = "segl.ca.policy-oids")
    String policyOids;

    @Inject
    @ConfigProperty(name = "segl.crl.validity")
    Duration crlValidity;

    @Inject
    @ConfigProperty(name = "segl.crl.full-interval")
    Duration crlFullInterval;

    @Inject
    @ConfigProperty(name = "segl.demo.enabled")
    boolean demoEnabled;

    @Inject
    @ConfigProperty(name = "segl.demo.password")
    String demoPassword;

    @Inject
    @ConfigProperty(name = "segl.ldap.enabled")
    boolean ldapEnabled;

    @Inject
    @ConfigProperty(name = "segl.ldap.port")
    int ldapPort;

    @Inject
    @ConfigProperty(name = "segl.ldap.admin-password")
    Optional<String> ldapAdminPassword;

    @Inject
    @ConfigProperty(name = "segl.ldap.size-limit")
    int ldapSizeLimit;

    @Inject
    @ConfigProperty(name = "segl.ldap.time-limit")
    Duration ldapTimeLimit;

    @Inject
    @ConfigProperty(name = "segl.ldap.max-request-size")
    int ldapMaxRequestSize;

    @Inject
    @ConfigProperty(name = "segl.ldap.max-filter-depth")
    int ldapMaxFilterDepth;

    @Inject
    @ConfigProperty(name = "segl.ldap.max-filter-terms")
    int ldapMaxFilterTerms;

    @Inject
    @ConfigProperty(name = "segl.ldap.max-connections")
    int ldapMaxConnections;

    @Inject
    @ConfigProperty(name = "segl.ldap.idle-timeout")
    Duration ldapIdleTimeout;

    @Inject
    @ConfigProperty(name = "segl.directory.url")
    Optional<String> directoryUrl;

    @Inject
    @ConfigProperty(name = "segl.directory.bind-dn")
    Optional<String> directoryBindDn;

    @Inject
    @ConfigProperty(name = "segl.directory.bind-password")
    Optional<String> directoryBindPassword;

    @Inject
    @ConfigProperty(name = "segl.directory.bind-password-file")
    Optional<String> directoryBindPasswordFile;

    public Path home() {
        return Path.of(home).toAbsolutePath().normalize();
    }

    public URI publicBaseUrl() {
        return baseUrl(publicBaseUrl);
    }

    /** A configured base URL without its trailing slash: links are appended to it. */
    public static URI baseUrl(String configured) {
        return URI.create(configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured);
    }

    /** Where clients reach Segl over HTTPS (EST, the IdM API); its host is the TLS certificate's name. */
    public URI publicHttpsBaseUrl() {
        return URI.create(publicHttpsBaseUrl.endsWith("/")
                ? publicHttpsBaseUrl.substring(0, publicHttpsBaseUrl.length() - 1) : publicHttpsBaseUrl);
    }

    /** Protects the HTTPS key stores; Payara's listener reads the same value (SEGL_TLS_KEYSTORE_PASSWORD). */
    public String tlsKeystorePassword() {
        return tlsKeystorePassword;
    }

    /** How long before its end the HTTPS server certificate is renewed, at start or while running. */
    public Duration tlsRenewBefore() {
        return tlsRenewBefore;
    }

    public Optional<String> smtpHost() {
        return smtpHost.filter(h -> !h.isBlank());
    }

    public int smtpPort() {
        return smtpPort;
    }

    public String smtpFrom() {
        return smtpFrom;
    }

    public boolean smtpStartTls() {
        return smtpStartTls;
    }

    public Optional<String> smtpUser() {
        return smtpUser.filter(u -> !u.isBlank());
    }

    public Optional<String> smtpPassword() {
        return smtpPassword;
    }

    /** Failed deliveries after which a mail becomes a dead letter (at least 1). */
    public int mailMaxAttempts() {
        return Math.max(1, mailMaxAttempts);
    }

    public Duration issuanceLinkLifetime() {
        return issuanceLinkLifetime;
    }

    public Duration activationLinkLifetime() {
        return activationLinkLifetime;
    }

    public String rootCaName() {
        return rootCaName;
    }

    public String issuingCaName() {
        return issuingCaName;
    }

    /**
     * Whether a start on a database without a CA and without CA keys may create the CA itself: unless
     * configured, only on the embedded H2 database, the newcomer's one-command start. Anywhere else
     * the CA is created on purpose, by {@code segl ca init}.
     */
    public boolean caCreateAtStart() {
        return caCreateAtStart.orElse(databaseUrl.startsWith("jdbc:h2:"));
    }

    /** The PKCS#11 module (an HSM's library); set, the CA keys are on its token instead of in a PKCS#12 file. */
    public Optional<String> pkcs11Library() {
        return pkcs11Library.filter(l -> !l.isBlank());
    }

    /** The token's slot ID; unset, {@link #pkcs11SlotListIndex()} chooses. */
    public Optional<Long> pkcs11Slot() {
        return pkcs11Slot;
    }

    public int pkcs11SlotListIndex() {
        return pkcs11SlotListIndex;
    }

    public Optional<String> pkcs11Pin() {
        return pkcs11Pin;
    }

    public Optional<String> pkcs11PinFile() {
        return pkcs11PinFile;
    }

    public String caOrganisation() {
        return caOrganisation;
    }

    public Optional<String> keystorePassword() {
        return keystorePassword.filter(p -> !p.isBlank());
    }

    /** The bearer token a metrics scraper presents instead of an operator's login; none by default. */
    public Optional<String> metricsToken() {
        return metricsToken.filter(t -> !t.isBlank());
    }

    public String signatureAlgorithm() {
        return signatureAlgorithm;
    }

    public List<String> policyOids() {
        return commaSeparated(policyOids);
    }

    public static List<String> commaSeparated(String configured) {
        return Arrays.stream(configured.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public Duration crlValidity() {
        return crlValidity;
    }

    /** How often the issuing CA signs a full CRL; between them, delta CRLs carry each revocation. */
    public Duration crlFullInterval() {
        return crlFullInterval;
    }

    public boolean demoEnabled() {
        return demoEnabled;
    }

    public String demoPassword() {
        return demoPassword;
    }

    public boolean ldapEnabled() {
        return ldapEnabled;
    }

    public int ldapPort() {
        return ldapPort;
    }

    /** Unset: Segl makes one up at first start and keeps it in {@code SEGL_HOME/ldap/admin.password}. */
    public Optional<String> ldapAdminPassword() {
        return ldapAdminPassword.filter(p -> !p.isBlank());
    }

    public int ldapSizeLimit() {
        return ldapSizeLimit;
    }

    public Duration ldapTimeLimit() {
        return ldapTimeLimit;
    }

    public int ldapMaxRequestSize() {
        return ldapMaxRequestSize;
    }

    public int ldapMaxFilterDepth() {
        return ldapMaxFilterDepth;
    }

    public int ldapMaxFilterTerms() {
        return ldapMaxFilterTerms;
    }

    public int ldapMaxConnections() {
        return ldapMaxConnections;
    }

    public Duration ldapIdleTimeout() {
        return ldapIdleTimeout;
    }

    /** Set: Segl publishes to this external directory (several nodes share it) and runs none of its own. */
    public Optional<String> directoryUrl() {
        return directoryUrl.filter(u -> !u.isBlank());
    }

    public Optional<String> directoryBindDn() {
        return directoryBindDn.filter(d -> !d.isBlank());
    }

    public Optional<String> directoryBindPassword() {
        return directoryBindPassword.filter(p -> !p.isBlank());
    }

    public Optional<String> directoryBindPasswordFile() {
        return directoryBindPasswordFile.filter(f -> !f.isBlank());
    }
}
