package eu.euromedjustice.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The API key secrets this instance has verified with bcrypt, so that a partner's every request
 * does not pay for a slow hash: each is remembered by its SHA-256 with the key it matched and that
 * key's stored hash, the newest {@value #CAPACITY} at most. It only spares the bcrypt check; the
 * key's row is still read on every request, so revocation and expiry act at once everywhere.
 * (A synchronised LRU map of the JDK is all this needs; the stack has no cache library.)
 */
final class VerifiedApiKeys {

    static final int CAPACITY = 10_000;

    private final Map<String, Verified> verified = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Verified> eldest) {
            return size() > CAPACITY;
        }
    });

    /** Whether the secret with this digest was verified against this key and hash. */
    boolean remembers(String digest, UUID keyId, String secretHash) {
        Verified entry = verified.get(digest);
        return entry != null && entry.keyId().equals(keyId) && entry.secretHash().equals(secretHash);
    }

    void remember(String digest, UUID keyId, String secretHash) {
        verified.put(digest, new Verified(keyId, secretHash));
    }

    void forget(String digest) {
        verified.remove(digest);
    }

    private record Verified(UUID keyId, String secretHash) {
    }
}
