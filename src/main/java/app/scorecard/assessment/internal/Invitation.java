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
 * person submits, the manager revokes it, or the round closes. It reaches its person one of two ways: the app mails
 * it (the manager never sees it), or the manager copies or downloads it and hands it over — a manager-held link,
 * which the manager could also answer themselves. The token is kept (not only its hash) so a manager-held link can be
 * copied again and a mailed one sent again in a reminder; it grants nothing but answering this one round once.
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

    @Column(name = "email", updatable = false)
    private String email;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    /** The tag of the language its mails are written in ({@code de}, {@code fr}); {@code null} for English. */
    @Column(name = "language", updatable = false)
    private String language;

    protected Invitation() {}

    private Invitation(Round round, String name, String email, Instant now) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        this.round = round;
        this.name = name;
        this.email = email;
        this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        this.createdAt = now;
    }

    /** A link the manager copies or downloads and hands over. */
    public static Invitation managerHeld(Round round, String name, Instant now) {
        return new Invitation(round, name, null, now);
    }

    /** A link the app mails to this address, in English; the manager never sees it. */
    public static Invitation mailed(Round round, String name, String email, Instant now) {
        return mailed(round, name, email, now, null);
    }

    /**
     * A link the app mails to this address, its mails (the reminder too) in the language with this tag ({@code null}
     * for English); the manager never sees it.
     */
    public static Invitation mailed(Round round, String name, String email, Instant now, String language) {
        Invitation invitation = new Invitation(round, name, email, now);
        invitation.language = language;
        return invitation;
    }

    /** The tag of the language its mails are written in; {@code null} for English. */
    public String getLanguage() {
        return language;
    }

    /** Whether the app mails this link (else the manager holds it). */
    public boolean isMailed() {
        return email != null;
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

    /** When the manager revoked it, {@code null} if they did not. */
    public Instant getRevokedAt() {
        return revokedAt;
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

    public String getEmail() {
        return email;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }
}
