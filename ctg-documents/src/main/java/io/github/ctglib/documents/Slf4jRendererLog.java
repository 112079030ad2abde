package io.github.ctglib.documents;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's log through SLF4J, like the rest of ctg's, instead of its own java.util.logging console output:
 * its progress at debug, its warnings (a style it skips, a font it cannot load) at warn.
 */
final class Slf4jRendererLog implements XRLogger {

    private static final String PREFIX = "com.openhtmltopdf.";

    private Slf4jRendererLog() {}

    /** Routes openhtmltopdf's log to SLF4J, once for the whole JVM (openhtmltopdf keeps one logger, static). */
    static synchronized void install() {
        if (!(XRLog.getLoggerImpl() instanceof Slf4jRendererLog)) {
            XRLog.setLoggerImpl(new Slf4jRendererLog());
        }
    }

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        Logger logger = LoggerFactory.getLogger(PREFIX + where);
        if (level.intValue() >= Level.SEVERE.intValue()) {
            logger.error(message, error);
        } else if (level.intValue() >= Level.WARNING.intValue()) {
            logger.warn(message, error);
        } else {
            logger.debug(message, error);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // The host's SLF4J configuration sets the levels.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger logger = LoggerFactory.getLogger(PREFIX + diagnostic.getLogMessageId().getWhere());
        int level = diagnostic.getLevel().intValue();
        if (level >= Level.SEVERE.intValue()) {
            return logger.isErrorEnabled();
        }
        return level >= Level.WARNING.intValue() ? logger.isWarnEnabled() : logger.isDebugEnabled();
    }
}
