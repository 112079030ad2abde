package io.github.ctglib.cli;

/**
 * The SLF4J binding of the tool is slf4j-simple, quiet by default ({@code simplelogger.properties}: warnings
 * only). Verbose mode must be chosen before the first logger of ctg is created, which happens when a store or
 * the lifecycle is first used, after the options are parsed.
 */
final class Logging {

    static final String CTG_LEVEL = "org.slf4j.simpleLogger.log.io.github.ctglib";
    static final String JBOSS_LOGGING_PROVIDER = "org.jboss.logging.provider";

    private Logging() {}

    /** Hibernate Validator logs through JBoss Logging, which would print its INFO lines through java.util.logging. */
    static void routeToSlf4j() {
        if (System.getProperty(JBOSS_LOGGING_PROVIDER) == null) {
            System.setProperty(JBOSS_LOGGING_PROVIDER, "slf4j");
        }
    }

    /** ctg's own loggers at DEBUG: stores opened, transitions, rejections. */
    static void verbose() {
        System.setProperty(CTG_LEVEL, "debug");
    }
}
