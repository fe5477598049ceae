package app.scorecard.assessment;

import app.scorecard.assessment.internal.InvitationPolicy;
import app.scorecard.assessment.internal.InvitationPolicyRepository;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which addresses managers may have the app mail invitations to: only those of the organisation's domains (and their
 * subdomains), when an admin has named any; any address otherwise.
 */
@Service
@Transactional(readOnly = true)
public class InvitationDomains {

    public static final int MAX_DOMAINS = 50;

    /** What the column holds: the domains, a space between each two. */
    private static final int MAX_LENGTH = 2000;

    private static final Pattern DOMAIN = Pattern.compile(
            "(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+");

    private final InvitationPolicyRepository policies;

    InvitationDomains(InvitationPolicyRepository policies) {
        this.policies = policies;
    }

    /** The allowed domains as they stand, with the version an edit form carries. */
    public record Allowed(List<String> domains, long version) {

        public boolean anyAddress() {
            return domains.isEmpty();
        }
    }

    public Allowed current() {
        InvitationPolicy policy = policy();
        return new Allowed(policy.allowedDomains(), policy.getLockVersion());
    }

    /**
     * Replaces the allowed domains; none allows any address. Invitations made already stay.
     *
     * @param text domains separated by lines, commas or spaces, each possibly written {@code @example.org}
     * @param version the version the form showed
     * @throws InvalidInvitationsException naming the first domain that is not one, or too many; nothing changes
     * @throws ObjectOptimisticLockingFailureException when another admin changed them meanwhile
     */
    @Transactional
    public Allowed change(String text, long version) {
        Set<String> domains = new LinkedHashSet<>();
        for (String part : (text == null ? "" : text).split("[\\s,;]+")) {
            String domain = part.strip().toLowerCase(Locale.ROOT).replaceFirst("^@", "");
            if (domain.isEmpty()) {
                continue;
            }
            if (!DOMAIN.matcher(domain).matches()) {
                throw new InvalidInvitationsException("invitationDomains.invalid", domain);
            }
            domains.add(domain);
        }
        if (domains.size() > MAX_DOMAINS || String.join(" ", domains).length() > MAX_LENGTH) {
            throw new InvalidInvitationsException("invitationDomains.tooMany", MAX_DOMAINS);
        }
        InvitationPolicy policy = policy();
        if (policy.getLockVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(InvitationPolicy.class, InvitationPolicy.ID);
        }
        policy.allow(new ArrayList<>(domains));
        policies.flush();
        return new Allowed(policy.allowedDomains(), policy.getLockVersion());
    }

    private InvitationPolicy policy() {
        return policies.findById(InvitationPolicy.ID)
                .orElseThrow(() -> new IllegalStateException("The invitation policy row is missing (migration V13)"));
    }
}
