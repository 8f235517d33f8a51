package dk.segl.ca;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1UTCTime;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.Time;

/**
 * A CRL's entries, each DER-encoded by Bouncy Castle as it arrives and appended to a file, so a
 * CRL of a million entries costs no more heap than one of ten: the encoder needs the total
 * length before it can write the first octet, and reads the entries back from here. Entries
 * must come in strictly increasing serial order (the database's key order), which also rules
 * out listing a certificate twice. Closing deletes the file.
 */
public final class CrlEntrySpool implements AutoCloseable {

    // removeFromCRL (8) is for certificates on hold, which Segl never has, and 7 is unassigned.
    private static final Set<Integer> REASONS = Set.of(
            CRLReason.unspecified, CRLReason.keyCompromise, CRLReason.cACompromise,
            CRLReason.affiliationChanged, CRLReason.superseded, CRLReason.cessationOfOperation,
            CRLReason.certificateHold, CRLReason.privilegeWithdrawn, CRLReason.aACompromise);
    private static final int BUFFER = 1 << 16;
    private static final int UTC_TIME_FIRST_YEAR = 1950;
    private static final int UTC_TIME_LAST_YEAR = 2049;
    private static final Map<Integer, Extensions> REASON_EXTENSIONS = reasonExtensions();

    /** Entries handed to the encoding thread at a time, and how many such batches may wait. */
    private static final int BATCH = 1024;
    private static final int BATCHES_IN_FLIGHT = 16;

    private final Path file;
    private final OutputStream out;
    private final Executor encoder;
    private final Semaphore inFlight = new Semaphore(BATCHES_IN_FLIGHT);
    private CompletableFuture<Void> written = CompletableFuture.completedFuture(null);
    private List<RevokedEntry> batch = new ArrayList<>(BATCH);
    private long length;
    private long count;
    private SerialNumber last;

    private CrlEntrySpool(Path file, Executor encoder) throws IOException {
        this.file = file;
        this.out = new BufferedOutputStream(Files.newOutputStream(file), BUFFER);
        this.encoder = encoder;
    }

    /**
     * A spool file in {@code folder}, which the caller keeps owner-only. The entries are encoded
     * and written on {@code encoder}, one batch after another in the order they came, while the
     * caller reads the next ones: reading the database and encoding then share two cores.
     */
    public static CrlEntrySpool in(Path folder, Executor encoder) {
        try {
            return new CrlEntrySpool(Files.createTempFile(folder, ".segl-crl-", ".tmp"), encoder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a CRL spool file in " + folder, e);
        }
    }

    /** Checks the entry here, at once; encodes it on the encoder. */
    public void add(RevokedEntry entry) {
        if (!REASONS.contains(entry.reasonCode())) {
            throw new IllegalArgumentException("reason code " + entry.reasonCode() + " cannot appear on a CRL");
        }
        if (last != null && entry.serial().compareTo(last) <= 0) {
            throw new IllegalArgumentException("CRL entries must come in increasing serial order: "
                    + entry.serial() + " after " + last);
        }
        last = entry.serial();
        count++;
        batch.add(entry);
        if (batch.size() == BATCH) {
            hand();
        }
    }

    /** Passes the batch on, waiting while the encoder is {@value #BATCHES_IN_FLIGHT} batches behind. */
    private void hand() {
        List<RevokedEntry> entries = batch;
        batch = new ArrayList<>(BATCH);
        inFlight.acquireUninterruptibly();
        written = written.thenRunAsync(() -> {
            try {
                write(entries);
            } finally {
                inFlight.release();
            }
        }, encoder);
    }

    private void write(List<RevokedEntry> entries) {
        try {
            for (RevokedEntry entry : entries) {
                byte[] der = encode(entry);
                out.write(der);
                length += der.length;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the CRL spool " + file, e);
        }
    }

    /** Waits until every entry is in the file; a failure of the encoder surfaces here. */
    private void finish() throws IOException {
        if (!batch.isEmpty()) {
            hand();
        }
        try {
            written.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof UncheckedIOException io ? io.getCause() : new IOException(e.getCause());
        }
        out.flush();
    }

    long length() throws IOException {
        finish();
        return length;
    }

    public long count() {
        return count;
    }

    /** Writes the spooled entries, in the order they came, to {@code target}. */
    void copyTo(OutputStream target) throws IOException {
        finish();
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(target);
        }
    }

    /** As Bouncy Castle's CRL builder encodes an entry; the reason is left out for unspecified (RFC 5280, 5.3.1). */
    private static byte[] encode(RevokedEntry entry) throws IOException {
        ASN1EncodableVector fields = new ASN1EncodableVector(3);
        fields.add(new ASN1Integer(entry.serial().value()));
        fields.add(time(entry.revokedAt()));
        if (entry.reasonCode() != CRLReason.unspecified) {
            fields.add(REASON_EXTENSIONS.get(entry.reasonCode()));
        }
        return new DERSequence(fields).getEncoded(ASN1Encoding.DER);
    }

    /**
     * What {@code new Time(date)} encodes, at half the cost: Time formats the date and then parses
     * it back to check it, which was most of the time a million entries took. UTCTime covers
     * 1950-2049 (RFC 5280, 4.1.2.5.1); other years go through Time.
     */
    private static Time time(Instant instant) {
        Date date = Date.from(instant.truncatedTo(ChronoUnit.SECONDS));
        int year = instant.atOffset(ZoneOffset.UTC).getYear();
        return year >= UTC_TIME_FIRST_YEAR && year <= UTC_TIME_LAST_YEAR ? new Time(new ASN1UTCTime(date)) : new Time(date);
    }

    private static Map<Integer, Extensions> reasonExtensions() {
        Map<Integer, Extensions> extensions = new HashMap<>();
        for (int reason : REASONS) {
            try {
                extensions.put(reason, new Extensions(new Extension(Extension.reasonCode, false,
                        CRLReason.lookup(reason).getEncoded(ASN1Encoding.DER))));
            } catch (IOException e) {
                throw new IllegalStateException("cannot encode CRL reason " + reason, e);
            }
        }
        return Map.copyOf(extensions);
    }

    @Override
    public void close() {
        written.exceptionally(failure -> null).join();
        try {
            out.close();
        } catch (IOException e) {
            // The file goes below either way; a failed close of a scratch file changes nothing.
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the CRL spool " + file, e);
        }
    }
}
