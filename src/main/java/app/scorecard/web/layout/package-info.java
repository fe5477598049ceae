/**
 * What the one page layout needs on every page: the navigation a person sees, the language form, the demo banner,
 * and dates and scores in the reader's language and the organisation's time zone (the {@code @dates} and
 * {@code @scores} beans). Its public types are public for the templates; feature modules use
 * {@link app.scorecard.web.layout.DisplayDates} and {@link app.scorecard.web.layout.ScaleOption}. Which links a role
 * may follow is decided by {@code security}, not here.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.NamedInterface("layout")
package app.scorecard.web.layout;
