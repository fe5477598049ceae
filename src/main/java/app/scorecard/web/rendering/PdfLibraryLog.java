package app.scorecard.web.rendering;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's log through the app's logging, under its own logger names ({@code com.openhtmltopdf.load}, …), so
 * that {@code logging.level.com.openhtmltopdf} decides what is written. (By default the library writes every rendering's
 * progress to the console itself, past the app's format and levels.)
 */
final class PdfLibraryLog implements XRLogger {

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, @Nullable Throwable problem) {
        Logger logger = LoggerFactory.getLogger(where);
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            logger.error(message, problem);
        } else if (value >= Level.WARNING.intValue()) {
            logger.warn(message, problem);
        } else if (value >= Level.INFO.intValue()) {
            logger.info(message, problem);
        } else {
            logger.debug(message, problem);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels are the app's logging configuration's to set
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
        int value = diagnostic.getLevel().intValue();
        if (value >= Level.SEVERE.intValue()) {
            return logger.isErrorEnabled();
        }
        if (value >= Level.WARNING.intValue()) {
            return logger.isWarnEnabled();
        }
        return value >= Level.INFO.intValue() ? logger.isInfoEnabled() : logger.isDebugEnabled();
    }
}
