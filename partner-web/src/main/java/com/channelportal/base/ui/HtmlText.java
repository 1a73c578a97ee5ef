package com.channelportal.base.ui;

import java.util.Objects;

/** Text for the server-rendered public pages ({@code /apply}, {@code /confirm}). */
public final class HtmlText {

  private HtmlText() {}

  /** {@code text} safe inside an element and inside a quoted attribute. */
  public static String escape(String text) {
    var out = new StringBuilder(text.length());
    for (char c : Objects.requireNonNull(text).toCharArray()) {
      switch (c) {
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '&':
          out.append("&amp;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }
}
