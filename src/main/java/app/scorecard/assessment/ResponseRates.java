package app.scorecard.assessment;

import app.scorecard.account.Account;
import app.scorecard.account.AccountService;
import app.scorecard.assessment.internal.InvitationRepository;
import app.scorecard.assessment.internal.Response;
import app.scorecard.assessment.internal.Round;
import app.scorecard.team.TeamRole;
import app.scorecard.team.TeamView;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A team round's {@link ResponseRate}. While it is open, from what its page reads anyway — the team, the round's
 * responses, and for its managers its invitations; anyone else's page asks the database one count of the links still
 * unanswered. Once closed, from what the round kept when it closed, so that nobody joining or leaving the team later
 * changes it.
 */
@Component
class ResponseRates {

    private final InvitationRepository invitations;
    private final AccountService accounts;

    ResponseRates(InvitationRepository invitations, AccountService accounts) {
        this.invitations = invitations;
        this.accounts = accounts;
    }

    /**
     * @param counted the answers the round's results count (a finished round's as recorded)
     * @param all every response of the round, drafts included
     * @param shownInvitations the invitations as its managers see them, or {@code null} when not read for this page
     * @return {@code null} for a round closed before its rate was kept
     */
    ResponseRate of(
            Round round, TeamView team, long counted, List<Response> all, List<InvitationView> shownInvitations) {
        if (round.getNotAnsweredAtClose() != null) {
            return new ResponseRate(counted, counted + round.getNotAnsweredAtClose());
        }
        if (round.getClosedAt() != null) {
            return null;
        }
        return new ResponseRate(counted, counted + notAnswered(round, team, all, shownInvitations));
    }

    /**
     * The invited people without an answer that counts: the team's active members with an account who have given none, and
     * the round's links neither revoked nor answered — mailed ones, and those the manager hands out where they count.
     */
    long notAnswered(Round round, TeamView team, List<Response> all, List<InvitationView> shownInvitations) {
        Set<Long> answeredMembers = new HashSet<>();
        for (Response response : all) {
            if (response.getAccountId() != null && round.counts(response)) {
                answeredMembers.add(response.getAccountId());
            }
        }
        List<Long> membersWithout = team.members().entrySet().stream()
                .filter(member -> member.getValue() == TeamRole.MEMBER)
                .map(Map.Entry::getKey)
                .filter(member -> !answeredMembers.contains(member))
                .toList();
        // a deactivated account stays in its team, for its history, but can no longer answer
        long membersYetToAnswer = membersWithout.isEmpty()
                ? 0
                : accounts.findAllById(membersWithout).stream()
                        .filter(Account::active)
                        .count();
        long linksYetToAnswer = shownInvitations != null
                ? shownInvitations.stream()
                        .filter(invitation -> invitation.state() == InvitationView.State.NOT_YET)
                        .filter(invitation -> invitation.mailed() || round.countsManagerHeldLinks())
                        .count()
                : invitations.countUnanswered(round.getId(), round.countsManagerHeldLinks());
        return membersYetToAnswer + linksYetToAnswer;
    }
}
