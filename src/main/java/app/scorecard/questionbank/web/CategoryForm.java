package app.scorecard.questionbank.web;

import app.scorecard.questionbank.CategoryDefinition;

/** A category of a draft. The weight is kept as typed, so a mistyped one comes back for correction. */
public record CategoryForm(String key, String name, String description, String weight, long lockVersion) {

    static CategoryForm empty(long lockVersion) {
        return new CategoryForm("", "", "", "1", lockVersion);
    }

    static CategoryForm of(CategoryDefinition category, long lockVersion) {
        return new CategoryForm(
                category.key(),
                category.name(),
                category.description(),
                category.weight().stripTrailingZeros().toPlainString(),
                lockVersion);
    }
}
