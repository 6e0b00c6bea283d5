package eu.euromedjustice.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;

/**
 * Collects what the application logs while it is open (the app runs in the test's JVM), to check
 * what must and must not appear in logs.
 */
public final class LogCapture extends Handler implements AutoCloseable {

    /** The access log has its own handler and does not pass its lines to the root logger's. */
    private static final List<String> LOGGERS = List.of("", "io.quarkus.http.access-log");

    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    private LogCapture() {
        setLevel(Level.ALL);
    }

    public static LogCapture start() {
        LogCapture capture = new LogCapture();
        LOGGERS.forEach(name -> Logger.getLogger(name).addHandler(capture));
        return capture;
    }

    @Override
    public void publish(LogRecord record) {
        String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
        StringBuilder text = new StringBuilder(message == null ? "" : message);
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            text.append('\n').append(trace);
        }
        entries.add(new Entry(record.getLevel(), record.getLoggerName(), text.toString()));
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** Everything logged, one entry per line group, for assertions on content. */
    public String text() {
        StringBuilder all = new StringBuilder();
        entries.forEach(entry -> all.append(entry.level()).append(' ').append(entry.logger()).append(": ")
                .append(entry.text()).append('\n'));
        return all.toString();
    }

    public List<Entry> atLeast(Level level) {
        return entries.stream().filter(entry -> entry.level().intValue() >= level.intValue()).toList();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        LOGGERS.forEach(name -> Logger.getLogger(name).removeHandler(this));
    }

    public record Entry(Level level, String logger, String text) {
    }
}
