package dk.segl.certificate;

import dk.segl.error.DomainException;
import dk.segl.error.EnumValue;

/** The order dialog's choices, validated: known values, and an issuance method the identification method allows. */
public record OrderRequest(CertificateType type, IdentificationMethod identificationMethod,
                           IssuanceMethod issuanceMethod, boolean publishToDirectory) {

    public OrderRequest {
        if (!identificationMethod.allows(issuanceMethod)) {
            throw DomainException.refused("issuance-method-not-allowed", "Identification method "
                    + identificationMethod + " allows only the issuance methods " + identificationMethod.issuanceMethods());
        }
    }

    public static OrderRequest parse(String type, String identificationMethod, String issuanceMethod,
                                     Boolean publishToDirectory) {
        return new OrderRequest(
                EnumValue.parse(CertificateType.class, type, "certificate-type-unknown", "type"),
                EnumValue.parse(IdentificationMethod.class, identificationMethod, "identification-method-unknown",
                        "identificationMethod"),
                EnumValue.parse(IssuanceMethod.class, issuanceMethod, "issuance-method-unknown", "issuanceMethod"),
                Boolean.TRUE.equals(publishToDirectory));
    }
}
