package app.scorecard.assessment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;

/**
 * The organisation's rule for the addresses managers may have the app mail invitations to: the domains they must
 * belong to (subdomains included), or any address when there are none. One row, changed by admins.
 */
@Entity
@Table(name = "invitation_policy")
public class InvitationPolicy {

    public static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "allowed_domains", nullable = false)
    private String allowedDomains;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected InvitationPolicy() {}

    public List<String> allowedDomains() {
        return allowedDomains.isEmpty() ? List.of() : Arrays.asList(allowedDomains.split(" "));
    }

    /** @param domains checked already: lower-case domain names */
    public void allow(List<String> domains) {
        this.allowedDomains = String.join(" ", domains);
    }

    public long getLockVersion() {
        return lockVersion;
    }
}
