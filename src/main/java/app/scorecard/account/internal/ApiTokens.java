package app.scorecard.account.internal;

import app.scorecard.account.SignedInUser;
import app.scorecard.account.Viewer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: each person makes, names, lists and revokes their own, an admin sees and revokes anyone's. A
 * token stands for its owner with the roles the account has at the moment of each call, and stops working when it is
 * revoked, when it expires, or while its account is deactivated. A password reset leaves the tokens alone (scripts keep
 * working); an admin who suspects more revokes them on the tokens page. Every change is logged (logger
 * {@code app.scorecard.security}) without the secret.
 */
@Service
@Transactional
public class ApiTokens {

    public static final int NAME_MAX_LENGTH = 100;
    public static final int MAX_DAYS = 366;

    /** Usable tokens (neither revoked nor expired) a person may have at once. */
    public static final int MAX_USABLE = 25;

    /** A token's last use is written at most this often, so that a busy script does not cost a write per call. */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private static final Logger audit = LoggerFactory.getLogger("app.scorecard.security");

    private final ApiTokenRepository tokens;
    private final UserAccountRepository accounts;
    private final ApiTokenSecrets secrets;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, UserAccountRepository accounts, ApiTokenSecrets secrets, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.secrets = secrets;
        this.clock = clock;
    }

    /**
     * Makes a token for this account.
     *
     * @param days how long it works, 1 to {@link #MAX_DAYS}; {@code null} for until revoked
     * @return the token and its secret, which is not kept and cannot be shown again
     * @throws TooManyApiTokensException when the account already has {@link #MAX_USABLE} usable tokens (two requests at
     *     once are counted one after the other: the account's row is locked while counting)
     */
    public CreatedApiToken create(long accountId, String name, @Nullable Integer days) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("A token's name is 1 to " + NAME_MAX_LENGTH + " characters");
        }
        if (days != null && (days < 1 || days > MAX_DAYS)) {
            throw new IllegalArgumentException("A token expires after 1 to " + MAX_DAYS + " days");
        }
        UserAccount owner = accounts.lockAll(List.of(accountId)).stream()
                .findFirst()
                .orElseThrow(() -> new AccountNotFoundException(accountId));
        Instant now = clock.instant();
        if (tokens.countUsableOf(accountId, now) >= MAX_USABLE) {
            throw new TooManyApiTokensException();
        }
        String secret = secrets.next();
        ApiToken token = tokens.save(new ApiToken(
                owner,
                stripped,
                ApiTokenSecrets.hash(secret),
                ApiTokenSecrets.prefix(secret),
                now,
                days == null ? null : now.plus(Duration.ofDays(days))));
        audit.info("'{}' created API token {} ({})", owner.getUsername(), token.getId(), token.getPrefix());
        return new CreatedApiToken(view(token, now), secret);
    }

    /** The account's tokens not revoked, newest first; expired ones say so. */
    @Transactional(readOnly = true)
    public List<ApiTokenView> of(long accountId) {
        Instant now = clock.instant();
        return tokens.findActiveOf(accountId).stream()
                .map(token -> view(token, now))
                .toList();
    }

    /** Everyone's tokens not revoked, by owner: for admins only. */
    @Transactional(readOnly = true)
    public List<ApiTokenView> all(Viewer viewer) {
        if (!viewer.admin()) {
            throw new AccessDeniedException("Only admins see everyone's tokens");
        }
        Instant now = clock.instant();
        return tokens.findAllActive().stream().map(token -> view(token, now)).toList();
    }

    /** @throws ApiTokenNotFoundException unless it is the viewer's own token not yet revoked, or the viewer an admin */
    @Transactional(readOnly = true)
    public ApiTokenView find(long tokenId, Viewer viewer) {
        ApiToken token = visible(tokenId, viewer);
        if (token.getRevokedAt() != null) {
            throw new ApiTokenNotFoundException(tokenId);
        }
        return view(token, clock.instant());
    }

    /**
     * Revokes the token at once: the next call with it is refused. Revoking a revoked token changes nothing.
     *
     * @throws ApiTokenNotFoundException unless it is the viewer's own token, or the viewer an admin
     */
    public ApiTokenView revoke(long tokenId, Viewer viewer) {
        ApiToken token = visible(tokenId, viewer);
        Instant now = clock.instant();
        if (token.getRevokedAt() == null) {
            token.revoke(now);
            audit.info(
                    "Account {} revoked API token {} of '{}'",
                    viewer.accountId(),
                    tokenId,
                    token.getOwner().getUsername());
        }
        return view(token, now);
    }

    /**
     * The person a call with this secret is made for, with the roles their account has now; empty when the secret is
     * unknown, revoked, expired, or its account deactivated — the caller cannot tell which.
     */
    public Optional<SignedInUser> authenticate(String secret) {
        if (!ApiTokenSecrets.looksLikeASecret(secret)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        ApiToken token = tokens.findByTokenHash(ApiTokenSecrets.hash(secret)).orElse(null);
        if (token == null || !token.worksAt(now)) {
            // the prefix only (lists show it anyway), and the reason the caller is not told
            audit.warn(
                    "API token {} refused: {}",
                    ApiTokenSecrets.prefix(secret),
                    token == null ? "unknown" : refusal(token, now));
            return Optional.empty();
        }
        Instant lastUse = token.getLastUsedAt();
        if (lastUse == null || lastUse.isBefore(now.minus(LAST_USE_PRECISION))) {
            tokens.recordUse(token.getId(), now, now.minus(LAST_USE_PRECISION));
        }
        return Optional.of(signedIn(token.getOwner()));
    }

    private static String refusal(ApiToken token, Instant now) {
        if (token.getRevokedAt() != null) {
            return "revoked";
        }
        return token.isExpiredAt(now) ? "expired" : "account deactivated";
    }

    private ApiToken visible(long tokenId, Viewer viewer) {
        return tokens.findWithOwner(tokenId)
                .filter(token -> viewer.admin() || token.getOwner().getId() == viewer.accountId())
                .orElseThrow(() -> new ApiTokenNotFoundException(tokenId));
    }

    private static SignedInUser signedIn(UserAccount account) {
        return new SignedInUser(
                account.getId(),
                account.getUsername(),
                account.getDisplayName(),
                "", // a token call never checks a password
                account.isEnabled(),
                false,
                account.authorities());
    }

    private static ApiTokenView view(ApiToken token, Instant now) {
        return new ApiTokenView(
                token.getId(),
                token.getOwner().getId(),
                token.getOwner().getUsername(),
                token.getName(),
                token.getPrefix(),
                token.getCreatedAt(),
                token.getExpiresAt(),
                token.getLastUsedAt(),
                token.isExpiredAt(now));
    }
}
