package app.scorecard.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * The secrets of API tokens: {@code sct_} and 256 bits from a {@link SecureRandom} in URL-safe Base64 (47 characters).
 * They are stored as a plain SHA-256, not with bcrypt like passwords: bcrypt is slow to make guessing a human-chosen
 * password costly, but nobody can guess 256 random bits, and a fast hash lets a call find its token by one index read
 * instead of checking a slow hash against every token. The prefix shown in lists is the first 8 characters after
 * {@code sct_}; the 208 bits after it stay secret.
 */
@Component
public class ApiTokenSecrets {

    static final String MARK = "sct_";
    static final int PREFIX_LENGTH = MARK.length() + 8;

    private final SecureRandom random = new SecureRandom();

    public String next() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return MARK + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String prefix(String secret) {
        return secret.substring(0, PREFIX_LENGTH);
    }

    /** Lower-case hex of the SHA-256 of the secret's UTF-8 bytes. */
    public static String hash(String secret) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Whether this could be one of our secrets at all: anything else is refused without a database read. */
    public static boolean looksLikeASecret(String candidate) {
        return candidate.length() == MARK.length() + 43
                && candidate.startsWith(MARK)
                && candidate.substring(MARK.length()).chars().allMatch(ApiTokenSecrets::base64Url);
    }

    private static boolean base64Url(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
