package com.channelportal.stack.base;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * One short line per start-up step, the same under Maven's exec, failsafe and an IDE, whatever
 * logging configuration the host JVM has.
 */
public final class StackLog {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
  private static final Logger STACK = configure(Logger.getAnonymousLogger());

  private StackLog() {}

  public static Logger logger() {
    return STACK;
  }

  /** Seconds since {@code startNanos}, formatted for a log line. */
  public static String since(long startNanos) {
    return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
  }

  private static Logger configure(Logger logger) {
    var handler = new ConsoleHandler();
    handler.setFormatter(new OneLine());
    handler.setLevel(Level.ALL);
    logger.addHandler(handler);
    logger.setUseParentHandlers(false);
    logger.setLevel(Level.INFO);
    return logger;
  }

  private static final class OneLine extends Formatter {
    @Override
    public String format(LogRecord record) {
      var line = new StringBuilder();
      line.append(LocalTime.now().format(TIME))
          .append(" [stack] ")
          .append(record.getLevel() == Level.INFO ? "" : record.getLevel() + " ")
          .append(formatMessage(record))
          .append(System.lineSeparator());
      if (record.getThrown() != null && !(record.getThrown() instanceof StackException)) {
        line.append("    ").append(record.getThrown()).append(System.lineSeparator());
      }
      return line.toString();
    }
  }
}
