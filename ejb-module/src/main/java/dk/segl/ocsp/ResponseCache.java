package dk.segl.ocsp;

import dk.segl.ca.OcspStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Signed responses kept per CertID, each with the status it states. A response is served again
 * only while the certificate record still says that status and less than half of its validity
 * has passed; so a revocation is answered from the moment it commits, on every node, without
 * anyone telling the cache. Two requests racing past a change may both sign, and the later put
 * may keep the older status: the next request sees the mismatch and signs again.
 */
final class ResponseCache {

    private record Entry(OcspStatus status, OcspAnswer answer, Instant refreshAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final int capacity;

    ResponseCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the OCSP response cache needs room for at least one response");
        }
        this.capacity = capacity;
    }

    OcspAnswer answer(String key, OcspStatus status, Instant now, Supplier<OcspAnswer> signed) {
        Entry entry = entries.get(key);
        if (entry != null && entry.status().equals(status) && now.isBefore(entry.refreshAt())) {
            return entry.answer();
        }
        OcspAnswer answer = signed.get();
        answer.cacheable().ifPresent(freshness -> {
            makeRoom();
            Duration validity = Duration.between(freshness.producedAt(), freshness.nextUpdate());
            entries.put(key, new Entry(status, answer, freshness.producedAt().plus(validity.dividedBy(2))));
        });
        return answer;
    }

    /** After the signer changed: responses it signed stay valid, but new ones should name the new signer. */
    void clear() {
        entries.clear();
    }

    int size() {
        return entries.size();
    }

    /** A full cache drops a tenth of its entries, whichever come first: cheap, and a miss costs only a signature. */
    private void makeRoom() {
        if (entries.size() < capacity) {
            return;
        }
        int drop = Math.max(1, capacity / 10);
        Iterator<String> keys = entries.keySet().iterator();
        while (drop-- > 0 && keys.hasNext()) {
            keys.next();
            keys.remove();
        }
    }
}
