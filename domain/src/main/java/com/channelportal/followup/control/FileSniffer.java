package com.channelportal.followup.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipInputStream;

/**
 * Tells a file's type from its bytes. The name a client sends is only a hint among formats that
 * share one container (an OLE2 file is a .doc or an .xls, a text is plain or CSV): a renamed
 * executable stays an executable, and a PDF named {@code .exe} is a PDF.
 */
public final class FileSniffer {

  private static final byte[] PDF = ascii("%PDF-");
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] GIF87 = ascii("GIF87a");
  private static final byte[] GIF89 = ascii("GIF89a");
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };
  private static final byte[] MZ = ascii("MZ");
  private static final byte[] ELF = {0x7F, 'E', 'L', 'F'};
  private static final byte[] SHEBANG = ascii("#!");
  private static final byte[] MACH_O_32 = {(byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCE};
  private static final byte[] MACH_O_64 = {(byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCF};
  private static final byte[] MACH_O_32_LE = {(byte) 0xCE, (byte) 0xFA, (byte) 0xED, (byte) 0xFE};
  private static final byte[] MACH_O_64_LE = {(byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE};
  private static final byte[] JAVA_CLASS = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE};

  /** An OOXML package is small in entries; a zip bomb of names is not worth reading to the end. */
  private static final int MAX_ZIP_ENTRIES = 10_000;

  private FileSniffer() {}

  /**
   * Checks an upload.
   *
   * @param maxBytes the largest size accepted
   */
  public static FileCheck check(String fileName, byte[] content, long maxBytes) {
    if (content.length == 0) {
      return new FileCheck.Refused("EMPTY", "the file is empty");
    }
    if (content.length > maxBytes) {
      return new FileCheck.Refused("TOO_LARGE", "larger than " + maxBytes + " bytes");
    }
    if (isExecutable(content)) {
      return new FileCheck.Refused("EXECUTABLE", "programs and scripts are not accepted");
    }
    return sniff(content, fileName)
        .<FileCheck>map(type -> new FileCheck.Accepted(type, FileNames.sanitize(fileName, type)))
        .orElseGet(
            () ->
                new FileCheck.Refused(
                    "UNSUPPORTED_TYPE",
                    "accepted are PDF, PNG, JPEG, GIF, WebP, Office documents and UTF-8 text"));
  }

  static boolean isExecutable(byte[] content) {
    return startsWith(content, MZ)
        || startsWith(content, ELF)
        || startsWith(content, SHEBANG)
        || startsWith(content, MACH_O_32)
        || startsWith(content, MACH_O_64)
        || startsWith(content, MACH_O_32_LE)
        || startsWith(content, MACH_O_64_LE)
        || startsWith(content, JAVA_CLASS);
  }

  static Optional<FileType> sniff(byte[] content, String fileName) {
    if (startsWith(content, PDF)) {
      return Optional.of(FileType.PDF);
    }
    if (startsWith(content, PNG)) {
      return Optional.of(FileType.PNG);
    }
    if (startsWith(content, JPEG)) {
      return Optional.of(FileType.JPEG);
    }
    if (startsWith(content, GIF87) || startsWith(content, GIF89)) {
      return Optional.of(FileType.GIF);
    }
    if (isWebp(content)) {
      return Optional.of(FileType.WEBP);
    }
    if (startsWith(content, ZIP)) {
      return officeOpenXml(content);
    }
    if (startsWith(content, OLE2)) {
      return Optional.of(legacyOffice(fileName));
    }
    if (isUtf8Text(content)) {
      return Optional.of(extension(fileName).equals("csv") ? FileType.CSV : FileType.TEXT);
    }
    return Optional.empty();
  }

  private static boolean isWebp(byte[] content) {
    return content.length >= 12
        && startsWith(content, ascii("RIFF"))
        && content[8] == 'W'
        && content[9] == 'E'
        && content[10] == 'B'
        && content[11] == 'P';
  }

  /**
   * A zip is an Office document only with {@code [Content_Types].xml}; its main part's folder tells
   * Word, Excel and PowerPoint apart. Any other zip (which could carry anything) is refused.
   */
  private static Optional<FileType> officeOpenXml(byte[] content) {
    boolean contentTypes = false;
    FileType type = null;
    try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      var entries = 0;
      for (var entry = zip.getNextEntry();
          entry != null && entries < MAX_ZIP_ENTRIES;
          entry = zip.getNextEntry(), entries++) {
        var name = entry.getName();
        if (name.equals("[Content_Types].xml")) {
          contentTypes = true;
        } else if (type == null && name.startsWith("word/")) {
          type = FileType.DOCX;
        } else if (type == null && name.startsWith("xl/")) {
          type = FileType.XLSX;
        } else if (type == null && name.startsWith("ppt/")) {
          type = FileType.PPTX;
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
    return contentTypes && type != null ? Optional.of(type) : Optional.empty();
  }

  /** Telling them apart needs the OLE2 directory; the name decides between the three. */
  private static FileType legacyOffice(String fileName) {
    switch (extension(fileName)) {
      case "xls":
        return FileType.XLS;
      case "ppt":
        return FileType.PPT;
      default:
        return FileType.DOC;
    }
  }

  private static boolean isUtf8Text(byte[] content) {
    for (var b : content) {
      if (b == 0) {
        return false;
      }
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  static String extension(String fileName) {
    var dot = fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    if (content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (content[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
