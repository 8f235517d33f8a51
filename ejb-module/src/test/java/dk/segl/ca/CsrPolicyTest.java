package dk.segl.ca;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dk.segl.ca.csrs.CsrCorpus;
import dk.segl.error.DomainException;
import dk.segl.error.ErrorKind;
import dk.segl.error.Rule;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every CSR of the corpus: the hostile ones refused by their rule, the good ones approved with their own key. */
class CsrPolicyTest {

    /** A guard against a parser that hangs or recurses without end, not a benchmark. */
    private static final Duration BOUNDED = Duration.ofSeconds(5);

    static List<CsrCorpus.Case> hostile() {
        return CsrCorpus.hostile();
    }

    static List<CsrCorpus.Case> good() {
        return CsrCorpus.good();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void refusesByItsRuleInBoundedTime(CsrCorpus.Case csr) {
        DomainException e = assertTimeoutPreemptively(BOUNDED,
                () -> assertThrows(DomainException.class, () -> CsrPolicy.approve(csr.body())));
        assertEquals(csr.rule(), e.rule().id(), e::detail);
        assertEquals(e.rule() == Rule.CSR_TOO_LARGE ? ErrorKind.TOO_LARGE : ErrorKind.BAD_INPUT, e.kind());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("good")
    void approvesWithTheRequestsOwnKey(CsrCorpus.Case csr) {
        PublicKey key = assertTimeoutPreemptively(BOUNDED, () -> CsrPolicy.approve(csr.body()));
        assertArrayEquals(csr.publicKey(), key.getEncoded());
    }

    @Test
    void everyRuleHasHostileCases() {
        Set<String> rules = new TreeSet<>();
        hostile().forEach(csr -> rules.add(csr.rule()));
        assertEquals(new TreeSet<>(Set.of("csr-too-large", "csr-malformed", "csr-key-algorithm", "csr-key-size",
                "csr-key-exponent", "csr-key-modulus", "csr-ec-curve", "csr-ec-point", "csr-signature-algorithm",
                "csr-signature-invalid")), rules);
    }
}
