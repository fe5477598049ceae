package app.scorecard.assessment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/**
 * A personal link to answer one team round without an account. Its token is 256 random bits; it works until the
 * person submits, the manager revokes it, or the round closes. The token is kept (not only its hash) so the manager
 * can copy the links again later; it grants nothing but answering this one round once.
 */
@Entity
@Table(name = "invitation")
public class Invitation {

    public static final int NAME_MAX_LENGTH = 100;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id", nullable = false, updatable = false)
    private Round round;

    @Column(name = "name", nullable = false, updatable = false)
    private String name;

    @Column(name = "token", nullable = false, unique = true, updatable = false)
    private String token;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected Invitation() {}

    public Invitation(Round round, String name, Instant now) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        this.round = round;
        this.name = name;
        this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        this.createdAt = now;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /** Usable to answer: neither revoked nor in a closed round. */
    public boolean isUsableAt(Instant now) {
        return revokedAt == null && round.isOpenAt(now);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Round getRound() {
        return round;
    }

    public String getName() {
        return name;
    }

    public String getToken() {
        return token;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
