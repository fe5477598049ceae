/**
 * What every page and API endpoint shares: security rules, the layout, the home page, and turning errors into
 * problem responses and error pages that never show a stack trace. Feature modules may use it; it uses none of them.
 */
@org.jspecify.annotations.NullMarked
package app.scorecard.web;
