package com.channelportal.stack.base;

/**
 * A start-up problem the person at the keyboard can fix (a port in use, a server that did not come
 * up), told in a message that is shown as it is: the launcher prints it without a stack trace.
 */
public class StackException extends RuntimeException {

  public StackException(String message) {
    super(message);
  }

  public StackException(String message, Throwable cause) {
    super(message, cause);
  }
}
