package app.scorecard.demo;

/**
 * A question set for generated histories, as a document of the bank's own format: five categories named after the
 * SERVE pillars, plain numbered statements, a reversed one now and then and a few weighted double — so generated
 * scores go through every scoring rule real sets use.
 */
final class SyntheticQuestionSet {

    private static final String[][] CATEGORIES = {
        {"spirit", "Spirit of service"},
        {"solutions", "Embrace solutions"},
        {"respect", "Respectful communication"},
        {"feedback", "Value feedback"},
        {"empowerment", "Empowered excellence"}
    };

    private SyntheticQuestionSet() {}

    static String yaml(String key, GenerationSize size) {
        StringBuilder yaml = new StringBuilder()
                .append("key: ")
                .append(key)
                .append("\ntitle: Generated culture check (")
                .append(size.items())
                .append(" statements)\n")
                .append("intro: Synthetic statements for generated histories and benchmarks.\n")
                .append("categories:\n");
        int number = 0;
        for (int c = 0; c < GenerationSize.CATEGORIES; c++) {
            yaml.append("  - key: ")
                    .append(CATEGORIES[c][0])
                    .append("\n    name: ")
                    .append(CATEGORIES[c][1])
                    .append("\n    weight: 1\n    questions:\n");
            for (int q = 0; q < size.itemsIn(c); q++) {
                number++;
                boolean reverse = number % 7 == 0;
                yaml.append("      - key: ")
                        .append(CATEGORIES[c][0])
                        .append('-')
                        .append(q + 1)
                        .append("\n        kind: AGREEMENT\n        text: Statement ")
                        .append(number)
                        .append(reverse ? ", said the mediocre way round.\n" : ", about ")
                        .append(reverse ? "" : CATEGORIES[c][1].toLowerCase() + ".\n")
                        .append("        reverse: ")
                        .append(reverse)
                        .append("\n        weight: ")
                        .append(number % 5 == 0 ? 2 : 1)
                        .append("\n        guidance:\n          excellent: What excellent looks like for statement ")
                        .append(number)
                        .append(".\n          nextStep: One step towards it for statement ")
                        .append(number)
                        .append(".\n");
            }
        }
        return yaml.toString();
    }
}
