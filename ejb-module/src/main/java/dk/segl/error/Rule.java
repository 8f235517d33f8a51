package dk.segl.error;

import static dk.segl.error.ErrorKind.BAD_INPUT;
import static dk.segl.error.ErrorKind.CONFLICT;
import static dk.segl.error.ErrorKind.FORBIDDEN;
import static dk.segl.error.ErrorKind.INTERNAL;
import static dk.segl.error.ErrorKind.REFUSED;
import static dk.segl.error.ErrorKind.THROTTLED;
import static dk.segl.error.ErrorKind.TOO_LARGE;
import static dk.segl.error.ErrorKind.UNAUTHENTICATED;
import static dk.segl.error.ErrorKind.UNAVAILABLE;

/**
 * Every rule by which Segl answers a request it does not carry out: the closed vocabulary of
 * refusals. Each rule has a stable kebab-case id (the REST contract's {@code rule} and the key of
 * its translations, {@code error.<id>}), the kind that decides the answer's status, and an
 * English sentence a person can act on. A throw site may add a more specific English detail.
 */
public enum Rule {
    // Malformed input
    BODY_REQUIRED(BAD_INPUT, "body-required", "A JSON object is required as the request body"),
    JSON_MALFORMED(BAD_INPUT, "json-malformed", "The request body is not valid JSON"),
    JSON_NOT_OBJECT(BAD_INPUT, "json-not-object", "The request body must be one JSON object"),
    JSON_TRAILING_CONTENT(BAD_INPUT, "json-trailing-content", "Nothing may follow the JSON object"),
    JSON_TOO_DEEP(BAD_INPUT, "json-too-deep", "The JSON is nested too deeply"),
    BODY_NOT_UTF8(BAD_INPUT, "body-not-utf8", "The request body is not valid UTF-8"),
    BODY_TOO_LARGE(TOO_LARGE, "body-too-large", "The request body is larger than Segl accepts"),
    IMPORT_TOO_MANY_LINES(BAD_INPUT, "import-too-many-lines", "The file has more lines than one import may create"),
    FIELD_REQUIRED(BAD_INPUT, "field-required", "A required field is missing from the request"),
    FIELD_TYPE(BAD_INPUT, "field-type", "A field of the request has the wrong type"),
    TOKEN_REQUIRED(BAD_INPUT, "token-required", "The token from the email link is required"),
    PAGE_INVALID(BAD_INPUT, "page-invalid", "The page number is a whole number from 0"),
    PAGE_SIZE(BAD_INPUT, "page-size", "The page size is a whole number from 1 to 100"),
    TIME_INVALID(BAD_INPUT, "time-invalid", "A time is an ISO 8601 instant in UTC, such as 2026-11-30T12:00:00Z"),
    REQUEST_MALFORMED(BAD_INPUT, "request-malformed", "The request is malformed"),
    METHOD_NOT_ALLOWED(BAD_INPUT, "method-not-allowed", "This address does not accept that HTTP method"),
    NOT_ACCEPTABLE(BAD_INPUT, "not-acceptable",
            "Segl cannot answer in any of the media types the Accept header asks for"),
    UNSUPPORTED_MEDIA_TYPE(BAD_INPUT, "unsupported-media-type", "This address does not accept that Content-Type"),
    CERTIFICATE_TYPE_UNKNOWN(BAD_INPUT, "certificate-type-unknown", "Unknown certificate type"),
    IDENTIFICATION_METHOD_UNKNOWN(BAD_INPUT, "identification-method-unknown", "Unknown identification method"),
    ISSUANCE_METHOD_UNKNOWN(BAD_INPUT, "issuance-method-unknown", "Unknown issuance method"),
    REVOCATION_REASON_UNKNOWN(BAD_INPUT, "revocation-reason-unknown", "Unknown revocation reason"),
    ROLE_UNKNOWN(BAD_INPUT, "role-unknown", "Unknown role"),
    CVR_FORMAT(BAD_INPUT, "cvr-format", "A CVR number is exactly 8 digits"),
    ORGANISATION_NAME(BAD_INPUT, "organisation-name", "The organisation's name is required, at most 200 characters, "
            + "without control, format or direction-changing characters"),
    USER_NAME(BAD_INPUT, "user-name", "The user's name is required, at most 200 characters, "
            + "without control, format or direction-changing characters"),
    LOGIN_NAME_FORMAT(BAD_INPUT, "login-name-format",
            "A login name is 2 to 100 letters a-z, digits, '.', '_', '-' or '@'"),
    EMAIL_REQUIRED(BAD_INPUT, "email-required", "An email address is required"),
    EMAIL_FORMAT(BAD_INPUT, "email-format", "The email address is not valid"),
    PASSWORD_BLANK(BAD_INPUT, "password-blank", "A password is required"),
    PASSWORD_TOO_SHORT(BAD_INPUT, "password-too-short", "A password has at least 12 characters"),
    PASSWORD_CONTROL_CHARACTER(BAD_INPUT, "password-control-character",
            "A password cannot contain control characters"),
    PASSWORD_COMMON(BAD_INPUT, "password-common", "This password is among the most common ones; choose another"),
    PASSWORD_CONTAINS_LOGIN_NAME(BAD_INPUT, "password-contains-login-name",
            "A password cannot contain the login name"),
    CSV_COLUMNS(BAD_INPUT, "csv-columns", "A line has the columns name, email, login name, roles and action"),
    CSV_QUOTE(BAD_INPUT, "csv-quote", "A quoted field is not closed"),
    CSV_ACTION(BAD_INPUT, "csv-action", "The action of a line is create, update or delete"),
    CSV_LOGIN_REPEATED(BAD_INPUT, "csv-login-repeated",
            "A file changes each user once; this login name is on more than one line"),
    CSR_CONTENT_TYPE(BAD_INPUT, "csr-content-type", "Send the CSR as Content-Type application/pkcs10 (DER or PEM)"),
    CSR_TOO_LARGE(TOO_LARGE, "csr-too-large", "The CSR is larger than any certificate request Segl accepts"),
    CSR_MALFORMED(BAD_INPUT, "csr-malformed", "Not one PKCS#10 certificate request in PEM or DER"),
    CSR_KEY_ALGORITHM(BAD_INPUT, "csr-key-algorithm", "The CSR's key is of a type Segl does not certify; "
            + "use RSA (rsaEncryption) or EC on P-256 or P-384"),
    CSR_KEY_SIZE(BAD_INPUT, "csr-key-size", "The CSR's RSA key must have 3072 to 8192 bits"),
    CSR_KEY_EXPONENT(BAD_INPUT, "csr-key-exponent", "The CSR's RSA key must have the public exponent 65537"),
    CSR_KEY_MODULUS(BAD_INPUT, "csr-key-modulus", "The CSR's RSA modulus is not a product of two large primes"),
    CSR_EC_CURVE(BAD_INPUT, "csr-ec-curve", "The CSR's EC key must be on the named curve P-256 or P-384"),
    CSR_EC_POINT(BAD_INPUT, "csr-ec-point", "The CSR's EC key is not a point on its curve"),
    CSR_SIGNATURE_ALGORITHM(BAD_INPUT, "csr-signature-algorithm", "The CSR must be signed with SHA-256 or "
            + "stronger (RSA PKCS#1 v1.5, RSASSA-PSS or ECDSA)"),
    CSR_SIGNATURE_INVALID(BAD_INPUT, "csr-signature-invalid", "The CSR's signature does not verify"),
    ISSUANCE_METHOD_MISMATCH(BAD_INPUT, "issuance-method-mismatch",
            "This certificate was ordered for another issuance method"),

    // Refused by a business rule
    USER_CERTIFICATES_NOT_ALLOWED(REFUSED, "user-certificates-not-allowed", "Your organisation does not allow the "
            + "issuance of user certificates. Contact your organisation administrator."),
    USER_NOT_ACTIVATED(REFUSED, "user-not-activated", "The user must be activated before a certificate can be ordered"),
    EMAIL_NOT_ASCII(REFUSED, "email-not-ascii", "The user's email address contains letters such as Æ, Ø or Å, so "
            + "the certificate would not work. Change the user's email address first, then order the certificate."),
    NAME_TOO_LONG_FOR_CERTIFICATE(REFUSED, "name-too-long-for-certificate", "A certificate can carry names of at "
            + "most 64 characters (RFC 5280): shorten the user's or the organisation's name, then order again"),
    ISSUANCE_METHOD_NOT_ALLOWED(REFUSED, "issuance-method-not-allowed",
            "The identification method does not allow this issuance method"),
    ISSUANCE_BY_IDM_SYSTEM(REFUSED, "issuance-by-idm-system",
            "This certificate is issued by the organisation's IdM system over EST"),
    ISSUANCE_LINK_INVALID(REFUSED, "issuance-link-invalid", "The issuance link is not valid: it was sent for "
            + "another order, or it was copied incompletely"),
    ISSUANCE_LINK_EXPIRED(REFUSED, "issuance-link-expired",
            "The issuance link has expired: ask your user administrator to order the certificate again"),
    KEY_COMPROMISED(REFUSED, "key-compromised", "This key was in a certificate revoked because the key was "
            + "compromised; Segl never certifies it again. Make a new key."),
    KEY_CERTIFIED_FOR_ANOTHER_HOLDER(REFUSED, "key-certified-for-another-holder",
            "This key is already certified for someone else. Make a new key."),
    ACTIVATION_LINK_INVALID(REFUSED, "activation-link-invalid",
            "This activation link has expired or has already been used"),
    USER_DELETE_SELF(REFUSED, "user-delete-self", "You cannot delete yourself"),

    // The target's state does not allow it
    ORDER_NOT_PENDING(CONFLICT, "order-not-pending", "This certificate has already been issued"),
    ORDER_WITHDRAWN(CONFLICT, "order-withdrawn", "This order was withdrawn because the user's name or email "
            + "changed after it was placed; ask your user administrator to order the certificate again"),
    REVOKE_NOT_ISSUED(CONFLICT, "revoke-not-issued", "A pending order cannot be revoked; delete the order instead"),
    ALREADY_REVOKED(CONFLICT, "already-revoked",
            "The certificate is already revoked; revoked certificates cannot be reactivated"),
    CERTIFICATE_EXPIRED(CONFLICT, "certificate-expired", "The certificate has expired"),
    DELETE_NOT_PENDING(CONFLICT, "delete-not-pending", "Already issued certificates cannot be deleted, only revoked"),
    CONCURRENT_CHANGE(CONFLICT, "concurrent-change",
            "Another request changed this at the same time; look again and repeat if still needed"),
    USER_ALREADY_ACTIVATED(CONFLICT, "user-already-activated", "The user is already activated"),
    ORGANISATION_EXISTS(CONFLICT, "organisation-exists", "An organisation with this CVR number exists"),
    LOGIN_NAME_TAKEN(CONFLICT, "login-name-taken", "The login name is taken"),
    DIRECTORY_DISABLED(CONFLICT, "directory-disabled", "The directory is off (segl.ldap.enabled=false)"),
    DIRECTORY_START_FAILED(CONFLICT, "directory-start-failed", "The directory could not start; the server log says why"),

    // Who may do what
    // EST and IdM systems (issue 13)
    CSR_HOLDER_MISSING(BAD_INPUT, "csr-holder-missing", "The CSR's subject must name the user as "
            + "serialNumber=UI:DK-E:G:<user id>"),
    EST_BASE64(BAD_INPUT, "est-base64", "The EST body must be base64 (with or without line breaks)"),
    EST_HTTPS_REQUIRED(FORBIDDEN, "est-https-required", "EST is served over HTTPS only"),
    EST_USER_NOT_IN_ORGANISATION(FORBIDDEN, "est-user-not-in-organisation",
            "The user named in the CSR is not a user of the IdM system's organisation"),
    EST_NO_PENDING_ORDER(FORBIDDEN, "est-no-pending-order",
            "The user has no pending certificate order identified via API for EST"),
    EST_SAME_KEY(BAD_INPUT, "est-same-key", "Re-enrolment needs a new key; the CSR has the current certificate's key"),
    EST_CERTIFICATE_NOT_CURRENT(UNAUTHENTICATED, "est-certificate-not-current",
            "The TLS client certificate is not a current Segl certificate (revoked, expired or unknown)"),
    EST_NO_CURRENT_CERTIFICATE(FORBIDDEN, "est-no-current-certificate",
            "The user has no current certificate to renew; order a new one"),
    IDM_API_HTTPS_REQUIRED(FORBIDDEN, "idm-api-https-required", "The IdM API is served over HTTPS only"),
    IDM_API_CERTIFICATE_REQUIRED(UNAUTHENTICATED, "idm-api-certificate-required",
            "The IdM API needs the IdM system's system certificate as TLS client certificate"),
    IDM_SYSTEM_PASSWORD_EST_ONLY(FORBIDDEN, "idm-system-password-est-only",
            "An IdM system's password is only for EST; the IdM API takes its system certificate"),
    NOT_AN_IDM_SYSTEM(REFUSED, "not-an-idm-system", "System certificates are for accounts with the role IDM_SYSTEM"),
    SYSTEM_CERTIFICATE_INVALID(UNAUTHENTICATED, "system-certificate-invalid",
            "The TLS client certificate is not a current certificate of an IdM system (revoked, expired or unknown)"),
    ORIGIN_NOT_SEGL(FORBIDDEN, "origin-not-segl", "A form may only be sent from Segl's own pages"),
    PERMISSION_MISSING(FORBIDDEN, "permission-missing", "Your role does not allow this"),
    ROLE_NOT_GRANTABLE(FORBIDDEN, "role-not-grantable", "You may not grant or remove this role"),
    OWN_ROLES(FORBIDDEN, "own-roles", "Nobody changes their own roles; ask another administrator"),
    ADMINISTRATOR_PROTECTED(FORBIDDEN, "administrator-protected",
            "Only an organisation administrator may change or delete an organisation administrator"),
    LOGIN_REQUIRED(UNAUTHENTICATED, "login-required", "Log in as an activated user"),
    LOGIN_MALFORMED(UNAUTHENTICATED, "login-malformed", "The Authorization header is not valid HTTP Basic"),
    LOGIN_THROTTLED(THROTTLED, "login-throttled", "Too many failed logins; try again later"),
    LOGIN_FAILED(UNAUTHENTICATED, "login-failed",
            "The login name or password is wrong, or the user is not activated"),
    NOT_FOUND(ErrorKind.NOT_FOUND, "not-found", "Not found, or not in your organisation"),

    /** Passing states of the installation, not of the request: answered 503 with a time to come back. */
    DATABASE_UNAVAILABLE(UNAVAILABLE, "database-unavailable",
            "Segl's database does not answer just now; nothing was changed, try again in a moment"),
    STORAGE_FULL(UNAVAILABLE, "storage-full",
            "The disk Segl keeps its data on is nearly full; nothing was changed, try again when space has been freed"),

    /** Only a bug or a broken installation causes this; the details are in the log, never in the answer. */
    INTERNAL_ERROR(INTERNAL, "internal-error", "Segl could not complete the request; the error has been logged");

    private final ErrorKind kind;
    private final String id;
    private final String text;

    Rule(ErrorKind kind, String id, String text) {
        this.kind = kind;
        this.id = id;
        this.text = text;
    }

    public ErrorKind kind() {
        return kind;
    }

    /** The stable kebab-case name clients act on, e.g. {@code email-not-ascii}. */
    public String id() {
        return id;
    }

    /** The rule in English, for a person. */
    public String text() {
        return text;
    }

    /** A refusal by this rule, in its own words. */
    public DomainException refusal() {
        return new DomainException(this, text);
    }

    /** A refusal by this rule, with an English detail specific to this request. */
    public DomainException refusal(String detail) {
        return new DomainException(this, detail);
    }

    @Override
    public String toString() {
        return id;
    }
}
