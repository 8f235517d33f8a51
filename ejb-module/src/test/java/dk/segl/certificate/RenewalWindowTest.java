package dk.segl.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.segl.ca.ProfileSigner;
import dk.segl.ca.Profiles;
import dk.segl.ca.SerialNumber;
import dk.segl.ca.TestCa;
import dk.segl.ca.TestKeys;
import dk.segl.config.PassingClock;
import dk.segl.holder.Cvr;
import dk.segl.holder.EmailAddress;
import dk.segl.organisation.LoginName;
import dk.segl.organisation.Organisation;
import dk.segl.organisation.UserAccount;
import java.math.BigInteger;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which certificates get a renewal reminder, as the clock runs towards their end: the lead time
 * counts back from notAfter, revoked, expired and system certificates get none, and a successor
 * of the same holder (an EST renewal or a newer order) makes it needless.
 */
class RenewalWindowTest {

    private static final OffsetDateTime ISSUED = OffsetDateTime.of(2026, 1, 5, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final RenewalWindow WINDOW = new RenewalWindow(Duration.ofDays(30));
    private static final Organisation ORGANISATION = new Organisation(new Cvr("12345678"), "Demo ApS", ISSUED);
    private static final UserAccount ALICE = user("alice", "Alice Andersen");
    private static final UserAccount BOB = user("bob", "Bob Berg");

    /** What the window decides for a certificate, given the clock's distance from its end and its holder's others. */
    record Case(Function<CertificateRecord, Duration> beforeEnd, Function<CertificateRecord, List<CertificateRecord>> others,
                Optional<ReminderOutcome> expected) {
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                named("just issued: nothing yet", c -> Duration.between(ISSUED, c.notAfter()), none(), Optional.empty()),
                named("31 days before its end: nothing yet", days(31), none(), Optional.empty()),
                named("30 days before its end: a reminder", days(30), none(), Optional.of(ReminderOutcome.SENT)),
                named("a second before its end: a reminder", c -> Duration.ofSeconds(1), none(),
                        Optional.of(ReminderOutcome.SENT)),
                named("after its end: expired, none", c -> Duration.ofSeconds(-1), none(), Optional.empty()),
                named("revoked: none", days(10), c -> {
                    c.revoke(RevocationReason.AFFILIATION_CHANGED, c.notAfter().minusDays(20));
                    return List.of();
                }, Optional.empty()),
                named("renewed over EST: no reminder needed", days(10),
                        c -> List.of(renewal(c, c.notAfter().minusDays(40))), Optional.of(ReminderOutcome.RENEWED)),
                named("a newer certificate for the same user: no reminder needed", days(10),
                        c -> List.of(issued(ALICE, ISSUED.plusDays(300))),
                        Optional.of(ReminderOutcome.RENEWED)),
                named("a newer certificate issued in the same second: no reminder needed", days(10),
                        c -> List.of(issued(ALICE, ISSUED.plusNanos(400_000_000))),
                        Optional.of(ReminderOutcome.RENEWED)),
                named("the renewal was revoked: a reminder", days(10), c -> {
                    CertificateRecord renewal = renewal(c, c.notAfter().minusDays(40));
                    renewal.revoke(RevocationReason.KEY_COMPROMISE, c.notAfter().minusDays(35));
                    return List.of(renewal);
                }, Optional.of(ReminderOutcome.SENT)),
                named("an older certificate of the same user renews nothing", days(10),
                        c -> List.of(issued(ALICE, ISSUED.minusDays(100))), Optional.of(ReminderOutcome.SENT)),
                named("another user's newer certificate renews nothing", days(10),
                        c -> List.of(issued(BOB, ISSUED.plusDays(300))), Optional.of(ReminderOutcome.SENT)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decides(Case c) {
        CertificateRecord certificate = issued(ALICE, ISSUED);
        PassingClock clock = new PassingClock(ISSUED.toInstant());
        List<CertificateRecord> others = c.others().apply(certificate);
        clock.pass(Duration.between(ISSUED, certificate.notAfter()).minus(c.beforeEnd().apply(certificate)));
        OffsetDateTime now = OffsetDateTime.now(clock);
        assertEquals(c.expected(), WINDOW.decide(certificate, others, now));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systemCertificate")
    void anIdmSystemsCertificateGetsNone(Duration beforeEnd) {
        CertificateRecord system = CertificateRecord.ofSystem(ALICE, ORGANISATION,
                HolderValues.fixed(HolderValues.of(ORGANISATION, ALICE)),
                certificate(order(ALICE, ISSUED), ISSUED), certifiedKey(ALICE), ISSUED);
        assertEquals(Optional.empty(), WINDOW.decide(system, List.of(), system.notAfter().minus(beforeEnd)));
    }

    static Stream<Duration> systemCertificate() {
        return Stream.of(Duration.ofDays(30), Duration.ofDays(1));
    }

    private static Arguments named(String name, Function<CertificateRecord, Duration> beforeEnd,
                                   Function<CertificateRecord, List<CertificateRecord>> others,
                                   Optional<ReminderOutcome> expected) {
        return Arguments.of(Named.of(name, new Case(beforeEnd, others, expected)));
    }

    private static Function<CertificateRecord, Duration> days(int days) {
        return c -> Duration.ofDays(days);
    }

    private static Function<CertificateRecord, List<CertificateRecord>> none() {
        return c -> List.of();
    }

    private static UserAccount user(String login, String name) {
        return new UserAccount(ORGANISATION, new LoginName(login), name, new EmailAddress(login + "@demo.example"),
                Set.of(), ISSUED);
    }

    private static CertificateRecord issued(UserAccount user, OffsetDateTime at) {
        CertificateOrder order = order(user, at);
        X509Certificate certificate = certificate(order, at);
        order.fulfil(at);
        return CertificateRecord.fulfilling(order, certificate, certifiedKey(user), at);
    }

    private static CertificateRecord renewal(CertificateRecord current, OffsetDateTime at) {
        return CertificateRecord.renewing(current, certificate(current.order().orElseThrow(), at),
                certifiedKey(current.user()), at);
    }

    private static CertificateOrder order(UserAccount user, OffsetDateTime at) {
        return new CertificateOrder(user, ORGANISATION, HolderValues.of(ORGANISATION, user),
                new OrderRequest(CertificateType.USER_CERTIFICATE, IdentificationMethod.USER_LOGIN,
                        IssuanceMethod.HARDWARE, false), "admin", at);
    }

    private static X509Certificate certificate(CertificateOrder order, OffsetDateTime at) {
        PublicKey key = TestKeys.rsa3072().getPublic();
        return new ProfileSigner(TestCa.BASE, List.of("2.5.29.32.0"), Clock.fixed(at.toInstant(), ZoneOffset.UTC))
                .issue(TestCa.store().issuing(), Profiles.USER, order.holder(), key, new SerialNumber(BigInteger.TEN));
    }

    private static CertifiedKey certifiedKey(UserAccount user) {
        return new CertifiedKey(CertifiedKey.fingerprintOf(TestKeys.rsa3072().getPublic()), user.id());
    }
}
