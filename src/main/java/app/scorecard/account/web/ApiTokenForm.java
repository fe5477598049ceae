package app.scorecard.account.web;

import app.scorecard.account.internal.ApiTokens;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new API token: what it is for, and after how many days it stops working (empty: until revoked). */
record ApiTokenForm(
        @NotBlank(message = "{tokens.name.required}")
        @Size(max = ApiTokens.NAME_MAX_LENGTH, message = "{tokens.name.size}")
        String name,

        @Min(value = 1, message = "{tokens.days.range}")
        @Max(value = ApiTokens.MAX_DAYS, message = "{tokens.days.range}")
        Integer days) {

    static ApiTokenForm empty() {
        return new ApiTokenForm("", 90);
    }
}
