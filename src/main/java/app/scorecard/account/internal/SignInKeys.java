package app.scorecard.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The keys {@link SignInThrottle} counts under: the SHA-256 of what is counted, so that no username or address is
 * stored in clear. (A hash of an address is still personal data — the few billion IPv4 addresses can all be tried —
 * which is why the rows live only as long as they count.)
 *
 * @param account the username as typed, from anywhere
 * @param pair the username at this address; null without an address
 * @param address this address, across usernames; null without an address
 * @param trusted this address for this username once it signed in from there; null without an address
 */
record SignInKeys(
        String account,
        @Nullable String pair,
        @Nullable String address,
        @Nullable String trusted) {

    static SignInKeys of(String username, @Nullable String address) {
        String name = AccountRules.normalizeUsername(username);
        if (address == null) {
            return new SignInKeys(hash("account", name), null, null, null);
        }
        return new SignInKeys(
                hash("account", name),
                hash("pair", name, address),
                hash("address", address),
                hash("trusted", name, address));
    }

    static String account(String username) {
        return hash("account", AccountRules.normalizeUsername(username));
    }

    private static String hash(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            // an address holds no line break, so ("a\nb", address) and ("a", "b\n" + address) never meet
            return HexFormat.of()
                    .formatHex(digest.digest(String.join("\n", parts).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
