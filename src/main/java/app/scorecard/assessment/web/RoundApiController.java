package app.scorecard.assessment.web;

import app.scorecard.account.SignedInUser;
import app.scorecard.account.Viewer;
import app.scorecard.assessment.RoundPages;
import app.scorecard.assessment.RoundSummary;
import app.scorecard.assessment.Rounds;
import app.scorecard.assessment.internal.RoundPage;
import app.scorecard.results.ScorecardReport;
import app.scorecard.results.TeamResults;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A team's rounds and a round's scorecard for integrations, under exactly the rules of the pages: the same access
 * checks, and a team round's results only as the anonymity rules allow.
 */
@RestController
@Tag(name = "Rounds", description = "A team's rounds and a round's stored scorecard, as anonymity allows.")
class RoundApiController {

    private final Rounds rounds;
    private final RoundPages roundPages;

    RoundApiController(Rounds rounds, RoundPages roundPages) {
        this.rounds = rounds;
        this.roundPages = roundPages;
    }

    @Operation(operationId = "teamRounds", summary = "A team's rounds")
    @ApiResponse(responseCode = "200", description = "The team's rounds, newest first.")
    @ApiResponse(
            responseCode = "404",
            description = "No such team, or none the caller may see.",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    @GetMapping(path = "/api/v1/teams/{teamId}/rounds", produces = "application/json")
    List<RoundJson> rounds(@PathVariable long teamId, @AuthenticationPrincipal SignedInUser me) {
        return rounds.ofTeam(teamId, Viewer.of(me)).stream().map(RoundJson::of).toList();
    }

    @Operation(operationId = "roundScorecard", summary = "A round's results")
    @ApiResponse(
            responseCode = "200",
            description = "The round and, as far as anonymity allows, its results as they were recorded.")
    @ApiResponse(
            responseCode = "404",
            description = "No such round, or none the caller may see.",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    @GetMapping(path = "/api/v1/rounds/{id}/scorecard", produces = "application/json")
    RoundScorecardJson scorecard(@PathVariable long id, @AuthenticationPrincipal SignedInUser me) {
        RoundPage page = roundPages.of(id, Viewer.of(me));
        RoundJson round = RoundJson.of(page.round());
        if (page.isSelfAssessment()) {
            return new RoundScorecardJson(
                    round,
                    "SHOWN",
                    1,
                    null,
                    0,
                    0,
                    false,
                    scorecard(page.selfScorecard().report()),
                    null,
                    null,
                    null);
        }
        TeamResults results = page.teamResults();
        return new RoundScorecardJson(
                round,
                results.visibility().name(),
                results.counted(),
                results.minimum(),
                results.stillNeeded(),
                results.throughManagerHeldLinks(),
                results.managerHeldLinksCount(),
                results.team() == null ? null : scorecard(results.team()),
                results.shown()
                        ? results.distribution().stream()
                                .map(row -> new DistributionJson(
                                        row.questionKey(),
                                        row.score(),
                                        List.of(row.count(1), row.count(2), row.count(3), row.count(4), row.count(5)),
                                        row.notApplicable()))
                                .toList()
                        : null,
                results.shown() ? results.comments() : null,
                results.gap());
    }

    /** A scorecard as {@code POST /api/v1/score} gives it: with the targets and ambition gaps when the round asked them. */
    private static Object scorecard(ScorecardReport report) {
        return report.target() == null ? ScoreResponse.of(report) : TargetedScoreResponse.of(report);
    }

    record RoundJson(
            long id,
            String label,
            String mode,
            String status,
            String questionSet,
            int version,
            LocalDate closesOn,
            long responses,
            boolean asksTargets) {

        static RoundJson of(RoundSummary round) {
            return new RoundJson(
                    round.id(),
                    round.label(),
                    round.mode().name(),
                    round.open() ? "OPEN" : "CLOSED",
                    round.setKey(),
                    round.setVersion(),
                    round.closesOn(),
                    round.responses(),
                    round.asksTargets());
        }
    }

    /**
     * @param results {@code COLLECTING}, {@code TOO_FEW} or {@code SHOWN}; everything derived from answers is
     *     {@code null} unless {@code SHOWN}
     * @param responses for a team round, the answers its results count (never the managers')
     * @param throughManagerHeldLinks answers through links the manager copied or downloaded: part of {@code responses}
     *     when {@code managerHeldLinksCounted}, else left out of the results
     * @param scorecard as {@code POST /api/v1/score} answers: a {@link ScoreResponse}, or for a round that asked targets
     *     a {@link TargetedScoreResponse}
     */
    record RoundScorecardJson(
            RoundJson round,

            @Schema(allowableValues = {"COLLECTING", "TOO_FEW", "SHOWN"})
            String results,

            long responses,
            Integer minimumResponses,
            long stillNeeded,
            long throughManagerHeldLinks,
            boolean managerHeldLinksCounted,

            @Schema(
                    implementation = TargetedScoreResponse.class,
                    description = "The scorecard as recorded; null unless results is SHOWN.")
            Object scorecard,

            List<DistributionJson> distribution,
            List<String> comments,
            TeamResults.PerceptionGap perceptionGap) {}

    /** @param counts how many chose 1, 2, 3, 4 and 5 */
    record DistributionJson(String question, BigDecimal score, List<Long> counts, long notApplicable) {}
}
