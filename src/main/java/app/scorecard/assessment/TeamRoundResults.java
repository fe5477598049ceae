package app.scorecard.assessment;

import app.scorecard.assessment.AnonymityPolicy.Visibility;
import app.scorecard.assessment.RoundAccess.VisibleRound;
import app.scorecard.assessment.ScorecardReport.CategoryResult;
import app.scorecard.assessment.ScorecardReport.ItemResult;
import app.scorecard.assessment.TeamResults.Gap;
import app.scorecard.assessment.TeamResults.ItemDistribution;
import app.scorecard.assessment.TeamResults.PerceptionGap;
import app.scorecard.assessment.internal.Response;
import app.scorecard.assessment.internal.ResponseRepository;
import app.scorecard.assessment.internal.Round;
import app.scorecard.questionbank.CategoryDefinition;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.questionbank.QuestionSetDefinition;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The results of a team round, as far as {@link AnonymityPolicy} lets them be shown to this viewer. */
@Service
@Transactional(readOnly = true)
public class TeamRoundResults {

    private final RoundAccess access;
    private final ResponseRepository responses;
    private final QuestionBank questionBank;
    private final AnswerScoring scoring;
    private final AnonymityPolicy anonymity;
    private final RoundFinisher finisher;
    private final Clock clock;
    private final SecureRandom shuffle = new SecureRandom();

    TeamRoundResults(
            RoundAccess access,
            ResponseRepository responses,
            QuestionBank questionBank,
            AnswerScoring scoring,
            AnonymityPolicy anonymity,
            RoundFinisher finisher,
            Clock clock) {
        this.access = access;
        this.responses = responses;
        this.questionBank = questionBank;
        this.scoring = scoring;
        this.anonymity = anonymity;
        this.finisher = finisher;
        this.clock = clock;
    }

    /** @throws RoundNotFoundException when there is no such team round or the viewer may not see it */
    public TeamResults of(long roundId, Viewer viewer) {
        VisibleRound visible = access.visible(roundId, viewer);
        return of(visible, responses.findByRoundId(roundId), viewer);
    }

    /** @param all every response of the round, drafts included */
    TeamResults of(VisibleRound visible, List<Response> all, Viewer viewer) {
        Round round = visible.round();
        if (round.getMode() != RoundMode.TEAM) {
            throw new RoundNotFoundException("team round", round.getId());
        }
        QuestionSetDefinition version = questionBank.definition(round.getVersionId());
        // Only answers that arrived while the round was open; a submit racing with closing does not count.
        List<Response> submitted = all.stream()
                .filter(Response::isSubmitted)
                .filter(response -> round.accepts(response.getSubmittedAt()))
                .toList();
        // The team's managers know their own answers: they are never part of the team's aggregate.
        List<Response> members = submitted.stream()
                .filter(response ->
                        response.getAccountId() == null || !visible.team().isManagedBy(response.getAccountId()))
                .toList();
        boolean managerAnswered = submitted.size() > members.size();
        Optional<Response> viewers = visible.managedByViewer()
                ? submitted.stream()
                        .filter(response -> response.isRespondent(viewer.accountId()))
                        .findFirst()
                : Optional.empty();
        boolean open = round.isOpenAt(clock.instant());
        Visibility visibility = anonymity.visibility(open, members.size());
        RoundSummary summary = new RoundSummary(
                round.getId(),
                round.getTeamId(),
                round.getLabel(),
                round.getMode(),
                open,
                version.key(),
                version.title(),
                version.version(),
                round.getClosesOn(),
                submitted.size());
        if (visibility != Visibility.SHOWN) {
            return new TeamResults(
                    summary,
                    visible.team().name(),
                    members.size(),
                    anonymity.minimum(),
                    anonymity.stillNeeded(members.size()),
                    managerAnswered,
                    visibility,
                    null,
                    List.of(),
                    List.of(),
                    null);
        }
        GroupAnswers group =
                GroupAnswers.of(members.stream().map(Response::getAnswers).toList(), shuffle);
        ScorecardReport team = finisher.teamReport(version, group);
        Set<String> shownItems = new HashSet<>();
        group.tallies().forEach((key, tally) -> {
            if (tally.count() >= anonymity.minimum()) {
                shownItems.add(key);
            }
        });
        PerceptionGap gap = viewers.map(response -> gap(scoring.score(version, response.scoringAnswers()), team))
                .orElse(null);
        return new TeamResults(
                summary,
                visible.team().name(),
                members.size(),
                anonymity.minimum(),
                0,
                managerAnswered,
                visibility,
                team,
                distribution(version, team, group, shownItems),
                group.comments(),
                gap);
    }

    private static List<ItemDistribution> distribution(
            QuestionSetDefinition version, ScorecardReport team, GroupAnswers group, Set<String> shown) {
        List<ItemDistribution> rows = new ArrayList<>();
        int index = 0;
        for (CategoryDefinition category : version.categories()) {
            for (QuestionDefinition question : category.questions()) {
                ItemResult item = team.items().get(index++);
                boolean hidden = !shown.contains(question.key());
                rows.add(new ItemDistribution(
                        category.name(),
                        question.key(),
                        question.text(),
                        item.score(),
                        hidden ? new long[6] : group.counts(question.key()),
                        hidden));
            }
        }
        return rows;
    }

    /** Gaps on the rounded scores people see, so the numbers on the page add up. */
    static PerceptionGap gap(ScorecardReport manager, ScorecardReport team) {
        Gap overall =
                new Gap("overall", "", manager.overall(), team.overall(), minus(manager.overall(), team.overall()));
        List<Gap> categories = new ArrayList<>();
        for (int i = 0; i < team.categories().size(); i++) {
            CategoryResult mine = manager.categories().get(i);
            CategoryResult theirs = team.categories().get(i);
            categories.add(new Gap(
                    theirs.key(), theirs.name(), mine.score(), theirs.score(), minus(mine.score(), theirs.score())));
        }
        List<Gap> items = new ArrayList<>();
        for (int i = 0; i < team.items().size(); i++) {
            ItemResult mine = manager.items().get(i);
            ItemResult theirs = team.items().get(i);
            items.add(new Gap(
                    theirs.questionKey(),
                    theirs.text(),
                    mine.score(),
                    theirs.score(),
                    minus(mine.score(), theirs.score())));
        }
        // Largest gaps first, either way; items without a gap last; ties keep the questionnaire's order.
        List<Gap> byGap = items.stream()
                .sorted(Comparator.comparing(
                        (Gap item) -> item.gap() == null
                                ? BigDecimal.ONE.negate()
                                : item.gap().abs(),
                        Comparator.reverseOrder()))
                .toList();
        return new PerceptionGap(overall, categories, byGap);
    }

    private static BigDecimal minus(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.subtract(b);
    }
}
