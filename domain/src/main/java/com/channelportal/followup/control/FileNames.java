package com.channelportal.followup.control;

import com.channelportal.followup.entity.DealAttachment;
import java.text.Normalizer;

/**
 * A file name safe to store and to send back in Content-Disposition: no folders, no control or
 * reserved characters, no leading dots, and the extension of what the file really is (a PDF sent as
 * {@code offer.exe} is stored as {@code offer.exe.pdf}, so that nobody opens it as a program).
 */
public final class FileNames {

  private static final String RESERVED = "\\/:*?\"<>|";

  private FileNames() {}

  public static String sanitize(String raw, FileType type) {
    var name = Normalizer.normalize(raw, Normalizer.Form.NFC);
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    var clean = new StringBuilder();
    name.codePoints()
        .filter(c -> !Character.isISOControl(c) && RESERVED.indexOf(c) < 0)
        .filter(c -> Character.getType(c) != Character.FORMAT)
        .forEach(clean::appendCodePoint);
    var base = clean.toString().strip().replaceFirst("^\\.+", "").strip();
    var wanted = "." + type.extension();
    var extension = FileSniffer.extension(base);
    var matches =
        extension.equals(type.extension()) || (type == FileType.JPEG && extension.equals("jpeg"));
    if (!matches) {
      base = base + wanted;
    }
    if (base.equals(wanted)) {
      base = "attachment" + wanted;
    }
    return shortened(base, matches ? "." + extension : wanted);
  }

  private static String shortened(String name, String suffix) {
    var max = DealAttachment.FILE_NAME_MAX_LENGTH;
    if (name.codePointCount(0, name.length()) <= max) {
      return name;
    }
    var stem = name.substring(0, name.length() - suffix.length());
    var keep = max - suffix.length();
    return stem.substring(0, stem.offsetByCodePoints(0, keep)) + suffix;
  }
}
