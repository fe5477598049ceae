package app.scorecard.webhook.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a delivery is signed: HMAC-SHA256, keyed with the shared secret (its UTF-8 bytes), over the timestamp header's
 * value, a dot and the body exactly as sent; sent as {@code X-Scorecard-Signature: sha256=<lower-case hex>}. Signing the
 * timestamp lets a receiver refuse an old delivery replayed later.
 */
final class WebhookSignature {

    static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {}

    static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
