package app.scorecard.account.internal;

import app.scorecard.account.Account;
import app.scorecard.account.Language;
import app.scorecard.account.Role;
import app.scorecard.account.SignedInUser;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A stored account. The password is kept only as a slow, salted hash. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "username", nullable = false, unique = true, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** Sees the organisation's pooled numbers; an admin's designation beside the roles, which sign-ins never change. */
    @Column(name = "leader", nullable = false)
    private boolean leader;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Set<Role> roles = new HashSet<>();

    /** Lower case; links a person who signs in through the provider for the first time, if verified there. */
    @Column(name = "email")
    private String email;

    @Column(name = "sso_issuer")
    private String ssoIssuer;

    @Column(name = "sso_subject")
    private String ssoSubject;

    /** The language the person chose for the pages; {@code null} for their browser's. */
    @Column(name = "preferred_language")
    private String preferredLanguage;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected UserAccount() {}

    public UserAccount(String username, String displayName, String passwordHash, Set<Role> roles, Instant createdAt) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("An account needs at least one role");
        }
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles.addAll(EnumSet.copyOf(roles));
        this.enabled = true;
        this.createdAt = createdAt;
    }

    public Account toAccount() {
        return new Account(id, username, displayName, roles, enabled, leader);
    }

    /** What the person may do, for Spring Security: their roles, and {@link SignedInUser#LEADER} when a leader. */
    public List<GrantedAuthority> authorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        roles.stream()
                .sorted()
                .map(Role::authority)
                .map(SimpleGrantedAuthority::new)
                .forEach(authorities::add);
        if (leader) {
            authorities.add(new SimpleGrantedAuthority(SignedInUser.LEADER));
        }
        return authorities;
    }

    public void rename(String displayName) {
        this.displayName = displayName;
    }

    public void assignRoles(Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("An account needs at least one role");
        }
        this.roles.retainAll(roles);
        this.roles.addAll(roles);
    }

    /** Names the person a leader, or no longer. */
    public void designateLeader(boolean leader) {
        this.leader = leader;
    }

    public boolean isLeader() {
        return leader;
    }

    /** The account can no longer sign in; everything it did stays, and it stays in its teams. */
    public void deactivate() {
        this.enabled = false;
    }

    public void reactivate() {
        this.enabled = true;
    }

    /** A temporary password an admin handed out: it signs in only to choose a new one. */
    public void resetPassword(String temporaryPasswordHash) {
        this.passwordHash = temporaryPasswordHash;
        this.mustChangePassword = true;
    }

    /** The password the person chose themselves. */
    public void choosePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = false;
    }

    /** The address this account is known by, lower case; {@code null} for none. */
    public void useEmail(String email) {
        this.email = AccountRules.normalizeEmail(email);
    }

    /**
     * From now on this person at that provider signs in as this account.
     *
     * @throws IllegalStateException when the account is already linked to someone else
     */
    public void linkIdentity(String issuer, String subject) {
        if (ssoSubject != null && !(ssoIssuer.equals(issuer) && ssoSubject.equals(subject))) {
            throw new IllegalStateException("The account is linked to another identity");
        }
        this.ssoIssuer = issuer;
        this.ssoSubject = subject;
    }

    public boolean isLinked() {
        return ssoSubject != null;
    }

    /** False for an account made by a first sign-in through the provider, until an admin gives it a password. */
    public boolean hasLocalPassword() {
        return !ProviderSignIns.NO_LOCAL_PASSWORD.equals(passwordHash);
    }

    /** The language the person chose for the pages, if any. */
    public Optional<Language> language() {
        return Language.ofTag(preferredLanguage);
    }

    public String getEmail() {
        return email;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public long getLockVersion() {
        return lockVersion;
    }
}
