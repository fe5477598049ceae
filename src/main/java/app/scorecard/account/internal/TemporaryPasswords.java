package app.scorecard.account.internal;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * Temporary passwords an admin reads out or passes on: 16 characters from 31 lower-case letters and digits that cannot
 * be mistaken for one another (no 0/o, 1/l/i), in groups of four — about 79 bits from a {@link SecureRandom}.
 */
@Component
public class TemporaryPasswords {

    static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    static final int GROUPS = 4;
    static final int GROUP_LENGTH = 4;

    private final SecureRandom random = new SecureRandom();

    public String next() {
        StringBuilder password = new StringBuilder(GROUPS * (GROUP_LENGTH + 1));
        for (int group = 0; group < GROUPS; group++) {
            if (group > 0) {
                password.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return password.toString();
    }
}
