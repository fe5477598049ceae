package app.scorecard.web.layout;

import java.util.List;

/** One point of the answer scale, as the questionnaire shows it. */
public record ScaleOption(String value, String agreementLabelKey, String poleHintKey) {

    public static final List<ScaleOption> ALL = List.of(
            new ScaleOption("1", "scale.agreement.1", "scale.pole.fully"),
            new ScaleOption("2", "scale.agreement.2", "scale.pole.closer"),
            new ScaleOption("3", "scale.agreement.3", "scale.pole.between"),
            new ScaleOption("4", "scale.agreement.4", "scale.pole.closer"),
            new ScaleOption("5", "scale.agreement.5", "scale.pole.fully"));

    /** 1 and 2 lean to the mediocrity pole, 4 and 5 to the excellence pole. */
    public boolean leansToExcellence() {
        return value.compareTo("3") > 0;
    }

    public boolean isMiddle() {
        return value.equals("3");
    }
}
