package dk.segl.certificate;

import dk.segl.error.EnumValue;
import dk.segl.error.Rule;

/** The order dialog's choices, validated: known values, and an issuance method the identification method allows. */
public record OrderRequest(CertificateType type, IdentificationMethod identificationMethod,
                           IssuanceMethod issuanceMethod, boolean publishToDirectory) {

    public OrderRequest {
        if (!identificationMethod.allows(issuanceMethod)) {
            throw Rule.ISSUANCE_METHOD_NOT_ALLOWED.refusal("Identification method "
                    + identificationMethod + " allows only the issuance methods " + identificationMethod.issuanceMethods());
        }
    }

    public static OrderRequest parse(String type, String identificationMethod, String issuanceMethod,
                                     Boolean publishToDirectory) {
        return new OrderRequest(
                EnumValue.parse(CertificateType.class, type, Rule.CERTIFICATE_TYPE_UNKNOWN, "type"),
                EnumValue.parse(IdentificationMethod.class, identificationMethod, Rule.IDENTIFICATION_METHOD_UNKNOWN,
                        "identificationMethod"),
                EnumValue.parse(IssuanceMethod.class, issuanceMethod, Rule.ISSUANCE_METHOD_UNKNOWN, "issuanceMethod"),
                Boolean.TRUE.equals(publishToDirectory));
    }
}
