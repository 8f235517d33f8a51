package dk.segl.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.segl.error.DomainException;
import dk.segl.error.ErrorKind;
import dk.segl.error.Rule;
import dk.segl.holder.Cvr;
import dk.segl.holder.EmailAddress;
import dk.segl.organisation.LoginName;
import dk.segl.organisation.Organisation;
import dk.segl.organisation.UserAccount;
import dk.segl.token.OneTimeToken;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The order's state machine (DESIGN §2) and the issuance link's rules; no CA is needed to decide them. */
class CertificateOrderTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 25, 12, 0, 0, 0, ZoneOffset.UTC);

    private final Organisation organisation = new Organisation(new Cvr("12345678"), "Org", NOW);
    private final UserAccount user = new UserAccount(organisation, new LoginName("someone"), "Someone",
            new EmailAddress("someone@example.com"), Set.of(), NOW);

    private CertificateOrder pending(IssuanceMethod method, OneTimeToken token) {
        IdentificationMethod identification = method == IssuanceMethod.EST
                ? IdentificationMethod.API : IdentificationMethod.USER_LOGIN;
        CertificateOrder order = new CertificateOrder(user, organisation, HolderValues.of(organisation, user),
                new OrderRequest(CertificateType.USER_CERTIFICATE, identification, method, false), "admin", NOW);
        order.awaitIssuance(token, NOW.plusDays(14));
        return order;
    }

    private static void assertRefused(ErrorKind kind, Rule rule, Runnable command) {
        DomainException e = assertThrows(DomainException.class, command::run);
        assertEquals(rule, e.rule());
        assertEquals(kind, e.kind());
    }

    @Test
    void anOrderStartsPendingAndFixesItsHolder() {
        CertificateOrder order = pending(IssuanceMethod.BROWSER, OneTimeToken.generate());
        assertEquals(OrderStatus.PENDING, order.status());
        assertEquals("Someone", order.holder().name().value());
        assertEquals("someone@example.com", order.holder().email().value());
        assertEquals("NTRDK-12345678", order.holder().organizationIdentifier().value());
        assertEquals("UI:DK-E:G:" + user.id(), order.holder().holderId().value());
    }

    @Test
    void userLoginAllowsBrowserAndHardwareOnly() {
        assertRefused(ErrorKind.REFUSED, Rule.ISSUANCE_METHOD_NOT_ALLOWED, () -> new OrderRequest(
                CertificateType.USER_CERTIFICATE, IdentificationMethod.USER_LOGIN, IssuanceMethod.EST, false));
    }

    @Test
    void apiAllowsEstOnly() {
        for (IssuanceMethod method : List.of(IssuanceMethod.BROWSER, IssuanceMethod.HARDWARE)) {
            assertRefused(ErrorKind.REFUSED, Rule.ISSUANCE_METHOD_NOT_ALLOWED, () -> new OrderRequest(
                    CertificateType.USER_CERTIFICATE, IdentificationMethod.API, method, false));
        }
    }

    @Test
    void unknownChoicesAreBadInput() {
        assertRefused(ErrorKind.BAD_INPUT, Rule.IDENTIFICATION_METHOD_UNKNOWN,
                () -> OrderRequest.parse("USER_CERTIFICATE", "PHONE", "BROWSER", false));
        assertRefused(ErrorKind.BAD_INPUT, Rule.CERTIFICATE_TYPE_UNKNOWN,
                () -> OrderRequest.parse(null, "USER_LOGIN", "BROWSER", false));
    }

    @Test
    void aFulfilledOrderCannotBeDeletedOrIssuedAgain() {
        OneTimeToken token = OneTimeToken.generate();
        CertificateOrder order = pending(IssuanceMethod.BROWSER, token);
        order.fulfil(NOW);
        assertEquals(OrderStatus.FULFILLED, order.status());
        assertRefused(ErrorKind.CONFLICT, Rule.DELETE_NOT_PENDING, () -> order.delete(NOW));
        assertRefused(ErrorKind.CONFLICT, Rule.ORDER_NOT_PENDING,
                () -> order.requireIssuable(token.value(), IssuanceMethod.BROWSER, NOW));
    }

    @Test
    void aDeletedOrderIsGone() {
        OneTimeToken token = OneTimeToken.generate();
        CertificateOrder order = pending(IssuanceMethod.BROWSER, token);
        order.delete(NOW);
        assertEquals(OrderStatus.DELETED, order.status());
        assertRefused(ErrorKind.NOT_FOUND, Rule.NOT_FOUND,
                () -> order.requireIssuable(token.value(), IssuanceMethod.BROWSER, NOW));
        assertRefused(ErrorKind.NOT_FOUND, Rule.NOT_FOUND, () -> order.delete(NOW));
    }

    @Test
    void aChangedNameOrEmailWithdrawsThePendingOrder() {
        OneTimeToken token = OneTimeToken.generate();
        CertificateOrder renamed = pending(IssuanceMethod.BROWSER, token);
        assertFalse(renamed.withdrawIfHolderChanged(NOW), "nothing changed yet");
        user.rename("Someone Else");
        assertTrue(renamed.withdrawIfHolderChanged(NOW));
        assertEquals(OrderStatus.WITHDRAWN, renamed.status());
        assertEquals("Someone", renamed.holder().name().value(), "the order keeps what it was placed for");
        assertRefused(ErrorKind.CONFLICT, Rule.ORDER_WITHDRAWN,
                () -> renamed.requireIssuable(token.value(), IssuanceMethod.BROWSER, NOW));

        CertificateOrder remailed = pending(IssuanceMethod.BROWSER, OneTimeToken.generate());
        user.changeEmail(new EmailAddress("someone.else@example.com"));
        assertTrue(remailed.withdrawIfHolderChanged(NOW));
    }

    @Test
    void onlyAPendingOrderIsWithdrawn() {
        CertificateOrder order = pending(IssuanceMethod.BROWSER, OneTimeToken.generate());
        order.fulfil(NOW);
        user.rename("Someone Else");
        assertFalse(order.withdrawIfHolderChanged(NOW));
        assertEquals(OrderStatus.FULFILLED, order.status());
    }

    @Test
    void theIssuanceLinkNeedsItsOwnToken() {
        OneTimeToken token = OneTimeToken.generate();
        CertificateOrder order = pending(IssuanceMethod.BROWSER, token);
        order.requireIssuable(token.value(), IssuanceMethod.BROWSER, NOW);
        assertRefused(ErrorKind.REFUSED, Rule.ISSUANCE_LINK_INVALID,
                () -> order.requireIssuable(OneTimeToken.generate().value(), IssuanceMethod.BROWSER, NOW));
    }

    @Test
    void theIssuanceLinkExpires() {
        OneTimeToken token = OneTimeToken.generate();
        CertificateOrder order = pending(IssuanceMethod.BROWSER, token);
        order.requireIssuable(token.value(), IssuanceMethod.BROWSER, NOW.plus(Duration.ofDays(14)));
        assertRefused(ErrorKind.REFUSED, Rule.ISSUANCE_LINK_EXPIRED,
                () -> order.requireIssuable(token.value(), IssuanceMethod.BROWSER, NOW.plus(Duration.ofDays(14)).plusSeconds(1)));
    }

    @Test
    void theIssuanceMethodMustBeTheOrderedOne() {
        OneTimeToken token = OneTimeToken.generate();
        assertRefused(ErrorKind.BAD_INPUT, Rule.ISSUANCE_METHOD_MISMATCH,
                () -> pending(IssuanceMethod.HARDWARE, token).requireIssuable(token.value(), IssuanceMethod.BROWSER, NOW));
    }

    @Test
    void estOrdersAreNotIssuedFromALink() {
        OneTimeToken token = OneTimeToken.generate();
        assertRefused(ErrorKind.REFUSED, Rule.ISSUANCE_BY_IDM_SYSTEM,
                () -> pending(IssuanceMethod.EST, token).requireIssuable(token.value(), IssuanceMethod.EST, NOW));
    }
}
