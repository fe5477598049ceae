package app.scorecard.web.layout;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Scores as every page shows them ({@code ${@scores.of(score)}}): with the digits they were rounded to, and the reader's
 * decimal separator — 78.8 in English, 78,8 in German and French. Takes a number or a text already made of one (a gap
 * with its sign, "+12.5"). CSV and JSON keep the point and do not use this.
 */
@Component("scores")
public class DisplayNumbers {

    private final Map<Locale, Character> separators = new ConcurrentHashMap<>();

    /** The score in the reader's locale; {@code null} for none, so that a page can say what stands in for it. */
    public @Nullable String of(@Nullable Object score) {
        if (score == null) {
            return null;
        }
        String text = score instanceof BigDecimal decimal ? decimal.toPlainString() : score.toString();
        char separator = separators.computeIfAbsent(
                LocaleContextHolder.getLocale(),
                locale -> DecimalFormatSymbols.getInstance(locale).getDecimalSeparator());
        return separator == '.' ? text : text.replace('.', separator);
    }
}
