package dk.segl.certificate;

/**
 * Where an order stands. PENDING until its certificate is issued (FULFILLED), the administrator
 * deletes it (DELETED: gone from the lists, kept for the audit trail) or the holder's name or
 * email changes before issuance (WITHDRAWN: shown with the reason, so the administrator orders anew).
 */
public enum OrderStatus {
    PENDING,
    FULFILLED,
    DELETED,
    WITHDRAWN
}
