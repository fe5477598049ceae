package app.scorecard.assessment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Who answers a questionnaire: a signed-in person with their response, or someone holding a personal link. */
public sealed interface Respondent {

    /** The signed-in person with this account, answering their response with this id. */
    record WithAccount(long responseId, long accountId) implements Respondent {}

    /**
     * Whoever holds this invitation link, in a browser that holds this secret ({@code null} when it has none yet): a
     * draft saved through the link belongs to the browser that saved it.
     */
    record WithInvitation(String token, String browserSecret) implements Respondent {

        /**
         * What the link's draft keeps of the browser: a one-way hash of its secret and this link, so the stored value
         * opens nothing by itself and two links answered in one browser cannot be told apart as one person's.
         */
        public String holderHash() {
            if (browserSecret == null) {
                return null;
            }
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256")
                        .digest((browserSecret + "\n" + token).getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }

        @Override
        public String toString() {
            return "WithInvitation[token=…]";
        }
    }
}
