package app.scorecard.questionbank.web;

import app.scorecard.questionbank.internal.DraftView;
import app.scorecard.questionbank.internal.QuestionBankEditor.BandInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bands as rows of text, so a mistyped number comes back as typed, and the band results are capped at while a
 * must-have is not met (empty for the default). Two empty rows let admins add bands.
 */
public record BandsForm(long lockVersion, List<String> mins, List<String> labels, String capBand) {

    static final int SPARE_ROWS = 2;

    static BandsForm of(DraftView draft) {
        List<String> mins = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        draft.draft().bands().forEach(band -> {
            mins.add(Integer.toString(band.min()));
            labels.add(band.label());
        });
        for (int i = 0; i < SPARE_ROWS; i++) {
            mins.add("");
            labels.add("");
        }
        String capBand = draft.draft().capBand();
        return new BandsForm(draft.lockVersion(), mins, labels, capBand == null ? "" : capBand);
    }

    /** At least one row, so the form always has somewhere to type. */
    public int rows() {
        return Math.max(1, Math.max(mins.size(), labels.size()));
    }

    public String min(int row) {
        return row >= 0 && row < mins.size() ? mins.get(row) : "";
    }

    /** The labels typed so far, to choose the cap band from. */
    public List<String> filledLabels() {
        return labels.stream()
                .filter(label -> label != null && !label.isBlank())
                .map(String::strip)
                .toList();
    }

    public String label(int row) {
        return row >= 0 && row < labels.size() ? labels.get(row) : "";
    }

    /**
     * The filled rows, in order; a minimum that is not a whole number is a problem on its row.
     *
     * @param problems filled in with {@code bands[i].min} or {@code bands[i].label}, counting filled rows only
     */
    List<BandInput> parse(Map<String, String> problems) {
        List<BandInput> inputs = new ArrayList<>();
        for (int row = 0; row < rows(); row++) {
            String min = min(row).strip();
            String label = label(row);
            if (min.isEmpty() && label.isBlank()) {
                continue;
            }
            Integer value = null;
            if (!min.isEmpty()) {
                try {
                    value = Integer.valueOf(min);
                } catch (NumberFormatException e) {
                    problems.put("bands[" + inputs.size() + "].min", "must be a whole number from 0 to 100");
                }
            }
            inputs.add(new BandInput(value, label));
        }
        return inputs;
    }

    /** The problem of a form row, whose filled-row index may differ from its place when empty rows come between. */
    public String problem(Map<String, String> problems, int row, String field) {
        int filled = 0;
        for (int i = 0; i < row; i++) {
            if (!min(i).isBlank() || !label(i).isBlank()) {
                filled++;
            }
        }
        if (min(row).isBlank() && label(row).isBlank()) {
            return null;
        }
        return problems.get("bands[" + filled + "]." + field);
    }
}
