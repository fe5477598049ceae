package app.scorecard.assessment.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InvitationPolicyRepository extends JpaRepository<InvitationPolicy, Integer> {}
