package app.scorecard.results.internal;

import app.scorecard.results.CalculatedResult;
import app.scorecard.results.CalculatedResult.CategoryRow;
import app.scorecard.results.CalculatedResult.ItemRow;
import app.scorecard.results.FinishedRoundFacts;
import app.scorecard.results.RoundMode;
import app.scorecard.results.ScoreScope;
import app.scorecard.results.ScoreStat;
import app.scorecard.results.internal.ResultHighlight.Kind;
import app.scorecard.scoring.Band;
import app.scorecard.scoring.MustHave;
import app.scorecard.scoring.ScoringService;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Persistable;

/**
 * A finished round's result, a record: written once when the round finishes (a self-assessment when submitted, a team
 * round when it closes), never changed, and read by every page, export and API answer about the round. Besides the
 * numbers it keeps what they were computed under — the question-set version, the scoring rules version, the anonymity
 * minimum and whether answers through manager-held links counted — so they can be recomputed and checked, and so that
 * nothing shown depends on today's roles or settings. A team round below the minimum keeps its counts and nothing else.
 */
@Entity
@Table(name = "round_result")
public class RoundResult implements Persistable<Long> {

    @Id
    @Column(name = "round_id")
    private Long roundId;

    @Column(name = "team_id", nullable = false, updatable = false)
    private long teamId;

    @Enumerated(EnumType.STRING)
    @Column(name = "mode", nullable = false, updatable = false)
    private RoundMode mode;

    @Column(name = "label", nullable = false, updatable = false)
    private String label;

    @Column(name = "set_key", nullable = false, updatable = false)
    private String setKey;

    @Column(name = "version_id", nullable = false, updatable = false)
    private long versionId;

    @Column(name = "finished_at", nullable = false, updatable = false)
    private Instant finishedAt;

    @Column(name = "rules_version", nullable = false, updatable = false)
    private int rulesVersion;

    @Column(name = "min_responses", nullable = false, updatable = false)
    private int minResponses;

    @Column(name = "manager_held_counted", nullable = false, updatable = false)
    private boolean managerHeldCounted;

    @Column(name = "respondents", nullable = false, updatable = false)
    private int respondents;

    @Column(name = "through_manager_held", nullable = false, updatable = false)
    private int throughManagerHeld;

    @Column(name = "shown", nullable = false, updatable = false)
    private boolean shown;

    @Column(name = "overall", updatable = false)
    private BigDecimal overall;

    @Column(name = "band", updatable = false)
    private String band;

    @Column(name = "band_min", updatable = false)
    private Integer bandMin;

    @Column(name = "band_before_cap", updatable = false)
    private String bandBeforeCap;

    @Column(name = "band_before_cap_min", updatable = false)
    private Integer bandBeforeCapMin;

    @Column(name = "must_haves_met", updatable = false)
    private Boolean mustHavesMet;

    @Column(name = "with_targets", nullable = false, updatable = false)
    private boolean withTargets;

    @Column(name = "complete", nullable = false, updatable = false)
    private boolean complete = true;

    @ElementCollection
    @CollectionTable(name = "round_result_score", joinColumns = @JoinColumn(name = "round_id"))
    private List<ResultScore> scores = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "round_result_highlight", joinColumns = @JoinColumn(name = "round_id"))
    @OrderColumn(name = "position")
    private List<ResultHighlight> highlights = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "round_result_response", joinColumns = @JoinColumn(name = "round_id"))
    @Column(name = "response_id", nullable = false)
    private Set<Long> counted = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "round_result_comment", joinColumns = @JoinColumn(name = "round_id"))
    @OrderColumn(name = "position")
    @Column(name = "comment_text", nullable = false)
    private List<String> comments = new ArrayList<>();

    /** A record made now is inserted (persist), never merged into a row that might be there: a duplicate fails. */
    @Transient
    private boolean isNew;

    protected RoundResult() {}

    /**
     * The record of a calculated result.
     *
     * @param minimum the anonymity minimum it was calculated under
     * @param managerHeldCounted whether answers through manager-held links counted
     */
    public static RoundResult of(
            FinishedRoundFacts round,
            CalculatedResult result,
            int rulesVersion,
            int minimum,
            boolean managerHeldCounted) {
        RoundResult record = new RoundResult();
        record.isNew = true;
        record.roundId = round.roundId();
        record.teamId = round.teamId();
        record.mode = round.mode();
        record.label = round.label();
        record.setKey = round.setKey();
        record.versionId = round.versionId();
        record.finishedAt = round.finishedAt();
        record.rulesVersion = rulesVersion;
        record.minResponses = minimum;
        record.managerHeldCounted = managerHeldCounted;
        record.respondents = result.respondents();
        record.throughManagerHeld = result.throughManagerHeldLinks();
        record.shown = result.shown();
        record.counted.addAll(result.counted());
        if (!result.shown()) {
            return record;
        }
        record.overall = result.overall();
        record.band = result.band() == null ? null : result.band().label();
        record.bandMin = result.band() == null ? null : result.band().min();
        if (rulesVersion >= ScoringService.MUST_HAVE_RULES_VERSION) {
            record.bandBeforeCap = result.bandBeforeCap() == null
                    ? null
                    : result.bandBeforeCap().label();
            record.bandBeforeCapMin = result.bandBeforeCap() == null
                    ? null
                    : result.bandBeforeCap().min();
            record.mustHavesMet = result.mustHavesMet();
        }
        Map<String, MustHave> mustHaves = new HashMap<>();
        result.mustHaves().forEach(mustHave -> mustHaves.put(mustHave.questionKey(), mustHave));
        ScoreStat overall = result.overallStat();
        record.scores.add(new ResultScore(
                ScoreScope.OVERALL,
                ScoreScope.OVERALL_KEY,
                overall.score(),
                overall.answered(),
                overall.mean(),
                overall.variance()));
        for (CategoryRow category : result.categories()) {
            ScoreStat stat = category.stat();
            record.scores.add(ResultScore.category(
                    category.key(),
                    stat.score(),
                    stat.answered(),
                    stat.mean(),
                    stat.variance(),
                    category.itemsAnswered(),
                    category.itemsTotal()));
        }
        for (ItemRow item : result.items()) {
            ScoreStat stat = item.stat();
            record.scores.add(ResultScore.item(
                    item.key(),
                    stat.score(),
                    stat.answered(),
                    stat.mean(),
                    stat.variance(),
                    item.counts(),
                    item.hidden(),
                    rulesVersion >= ScoringService.MUST_HAVE_RULES_VERSION ? mustHaves.get(item.key()) : null));
        }
        if (result.targets() != null) {
            record.withTargets = true;
            TargetRows.keep(record.scores, result.targets());
        }
        result.strengths().forEach(key -> record.highlights.add(new ResultHighlight(Kind.STRENGTH, key)));
        result.gaps().forEach(key -> record.highlights.add(new ResultHighlight(Kind.GAP, key)));
        record.comments.addAll(result.comments());
        return record;
    }

    /**
     * The stored result as plain values: categories, questions and must-haves in the order of their keys (the rows keep
     * none of their own; callers that show them follow the version's order), strengths, gaps and comments in theirs.
     */
    public CalculatedResult toCalculated() {
        if (!shown) {
            return CalculatedResult.hidden(respondents, throughManagerHeld, countedIds());
        }
        ScoreStat overallStat = null;
        List<CategoryRow> categories = new ArrayList<>();
        List<ItemRow> items = new ArrayList<>();
        List<MustHave> mustHaves = new ArrayList<>();
        List<ResultScore> byKey = new ArrayList<>(scores);
        byKey.sort(Comparator.comparing(ResultScore::key));
        for (ResultScore score : byKey) {
            ScoreStat stat = new ScoreStat(score.score(), score.answered(), score.mean(), score.variance());
            switch (score.scope()) {
                case OVERALL -> overallStat = stat;
                case CATEGORY ->
                    categories.add(new CategoryRow(score.key(), stat, score.itemsAnswered(), score.itemsTotal()));
                case ITEM -> {
                    items.add(new ItemRow(score.key(), stat, score.counts(), score.hidden()));
                    score.mustHave().ifPresent(mustHaves::add);
                }
            }
        }
        Band shownBand = band == null ? null : new Band(bandMin == null ? 0 : bandMin, band);
        return new CalculatedResult(
                respondents,
                throughManagerHeld,
                countedIds(),
                true,
                overall,
                shownBand,
                overallStat,
                categories,
                items,
                highlighted(Kind.STRENGTH),
                highlighted(Kind.GAP),
                comments,
                // under rules version 1 nothing was capped: the band is the band before the cap
                bandBeforeCap == null ? shownBand : new Band(bandBeforeCapMin, bandBeforeCap),
                mustHaves,
                withTargets ? TargetRows.read(scores) : null);
    }

    /** The responses it counted, ascending; none for a result migrated without its details. */
    public List<Long> countedIds() {
        return counted.stream().sorted().toList();
    }

    private List<String> highlighted(Kind kind) {
        return highlights.stream()
                .filter(highlight -> highlight.kind() == kind)
                .map(ResultHighlight::questionKey)
                .toList();
    }

    @Override
    public Long getId() {
        return roundId;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    @PostPersist
    @PostLoad
    void stored() {
        isNew = false;
    }

    public long getRoundId() {
        return roundId;
    }

    public long getTeamId() {
        return teamId;
    }

    public RoundMode getMode() {
        return mode;
    }

    public String getLabel() {
        return label;
    }

    public String getSetKey() {
        return setKey;
    }

    public long getVersionId() {
        return versionId;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    /**
     * False only for a result migrated from before results were records that could not be completed: it keeps the
     * numbers it showed, without per-question details, and cannot be recomputed.
     */
    public boolean isComplete() {
        return complete;
    }

    public int getRulesVersion() {
        return rulesVersion;
    }

    public int getMinResponses() {
        return minResponses;
    }

    public boolean isManagerHeldCounted() {
        return managerHeldCounted;
    }

    public int getRespondents() {
        return respondents;
    }

    public int getThroughManagerHeld() {
        return throughManagerHeld;
    }

    /** Whether the round asked where the team wants to be in a year: its score rows carry the targets' scores. */
    public boolean isWithTargets() {
        return withTargets;
    }

    public boolean isShown() {
        return shown;
    }

    public BigDecimal getOverall() {
        return overall;
    }

    public String getBand() {
        return band;
    }

    public List<ResultScore> getScores() {
        return Collections.unmodifiableList(scores);
    }
}
