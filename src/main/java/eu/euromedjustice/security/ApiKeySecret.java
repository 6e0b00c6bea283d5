package eu.euromedjustice.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secret of an API key: {@code emj_<prefix>_<random>}, where the prefix is 8 lower-case
 * letters or digits that find the key, and the random part is 32 bytes from {@link SecureRandom}
 * in base64url (43 characters). At 56 ASCII characters it stays within the 72 bytes bcrypt reads.
 * The "emj_" start lets secret scanners and people recognise a leaked key.
 */
record ApiKeySecret(String prefix, String value) {

    static final int PREFIX_LENGTH = 8;
    static final int LENGTH = 56;
    static final String PATTERN = "^emj_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$";
    static final String EXAMPLE = "emj_k3x9q2ma_Zm9yIGV4YW1wbGUgb25seSwgbm90IGEgcmVhbCBrZXk";

    private static final Pattern FORMAT = Pattern.compile("emj_([a-z0-9]{8})_[A-Za-z0-9_-]{43}");
    private static final String PREFIX_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final int RANDOM_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    static {
        if (EXAMPLE.length() != LENGTH || LENGTH > PasswordHasher.MAX_BYTES) {
            throw new IllegalStateException("API key secrets must be " + LENGTH + " characters, within bcrypt's limit");
        }
    }

    static String randomPrefix() {
        StringBuilder prefix = new StringBuilder(PREFIX_LENGTH);
        for (int i = 0; i < PREFIX_LENGTH; i++) {
            prefix.append(PREFIX_ALPHABET.charAt(RANDOM.nextInt(PREFIX_ALPHABET.length())));
        }
        return prefix.toString();
    }

    static ApiKeySecret generate(String prefix) {
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        return new ApiKeySecret(prefix, "emj_" + prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random));
    }

    /** The secret a client sent, if it has the shape of one. */
    static Optional<ApiKeySecret> parse(String sent) {
        if (sent == null || sent.length() != LENGTH) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(sent);
        return matcher.matches() ? Optional.of(new ApiKeySecret(matcher.group(1), sent)) : Optional.empty();
    }

    /** A fast digest of the secret, to remember verified secrets by without keeping them. */
    String digest() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    @Override
    public String toString() {
        return "ApiKeySecret[prefix=" + prefix + "]"; // never the secret, should one reach a log
    }
}
