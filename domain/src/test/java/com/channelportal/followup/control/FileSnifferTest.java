package com.channelportal.followup.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class FileSnifferTest {

  private static final long MAX = 1024 * 1024;

  static final byte[] PDF =
      "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Test
  void aPdfNamedExeIsAcceptedAsAPdfUnderASafeName() {
    var accepted = accepted("报价单.exe", PDF);

    assertEquals(FileType.PDF, accepted.type());
    assertEquals("报价单.exe.pdf", accepted.fileName());
    assertEquals("application/pdf", accepted.type().contentType());
  }

  @Test
  void aRenamedWindowsExecutableIsRefused() {
    var exe = bytes('M', 'Z', 0x90, 0, 3, 0, 0, 0);

    assertEquals("EXECUTABLE", refused("quotation.pdf", exe).reason());
  }

  @Test
  void aRenamedElfBinaryAndAShellScriptAreRefused() {
    assertEquals("EXECUTABLE", refused("photo.png", bytes(0x7F, 'E', 'L', 'F', 2, 1, 1)).reason());
    var script = "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8);
    assertEquals("EXECUTABLE", refused("notes.txt", script).reason());
  }

  @Test
  void imagesAreToldByTheirMagicBytes() {
    assertEquals(
        FileType.PNG,
        accepted("a.bin", bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0)).type());
    assertEquals(FileType.JPEG, accepted("a.jpeg", bytes(0xFF, 0xD8, 0xFF, 0xE0)).type());
    assertEquals("a.jpeg", accepted("a.jpeg", bytes(0xFF, 0xD8, 0xFF, 0xE0)).fileName());
    assertEquals(
        FileType.GIF, accepted("a.gif", "GIF89a...".getBytes(StandardCharsets.US_ASCII)).type());
    assertEquals(
        FileType.WEBP,
        accepted("a", "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII)).type());
  }

  @Test
  void officeDocumentsAreZipsWithContentTypes() throws IOException {
    assertEquals(
        FileType.DOCX, accepted("方案.docx", zip("[Content_Types].xml", "word/document.xml")).type());
    assertEquals(
        FileType.XLSX, accepted("清单", zip("[Content_Types].xml", "xl/workbook.xml")).type());
    assertEquals(
        "清单.xlsx", accepted("清单", zip("[Content_Types].xml", "xl/workbook.xml")).fileName());
    assertEquals("UNSUPPORTED_TYPE", refused("a.docx", zip("word/document.xml")).reason());
    assertEquals("UNSUPPORTED_TYPE", refused("a.zip", zip("payload.exe")).reason());
  }

  @Test
  void legacyOfficeFilesAreOle2() {
    var ole2 = bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0);

    assertEquals(FileType.XLS, accepted("报价.xls", ole2).type());
    assertEquals(FileType.DOC, accepted("纪要.doc", ole2).type());
  }

  @Test
  void textMustBeUtf8WithoutNul() {
    var csv = "产品,数量\nX1,3\n".getBytes(StandardCharsets.UTF_8);

    assertEquals(FileType.CSV, accepted("清单.csv", csv).type());
    assertEquals(FileType.TEXT, accepted("纪要.txt", csv).type());
    assertEquals("UNSUPPORTED_TYPE", refused("a.txt", bytes('a', 0, 'b')).reason());
    assertEquals("UNSUPPORTED_TYPE", refused("gbk.txt", bytes(0xC4, 0xE3, 0xBA)).reason());
  }

  @Test
  void theSizeLimitIsInclusive() {
    var exact = new byte[(int) MAX];
    exact[0] = 'a';
    java.util.Arrays.fill(exact, (byte) 'a');

    assertInstanceOf(FileCheck.Accepted.class, FileSniffer.check("a.txt", exact, MAX));
    assertEquals(
        "TOO_LARGE",
        ((FileCheck.Refused) FileSniffer.check("a.txt", new byte[(int) MAX + 1], MAX)).reason());
    assertEquals("EMPTY", refused("a.txt", new byte[0]).reason());
  }

  private static FileCheck.Accepted accepted(String name, byte[] content) {
    return assertInstanceOf(FileCheck.Accepted.class, FileSniffer.check(name, content, MAX));
  }

  private static FileCheck.Refused refused(String name, byte[] content) {
    return assertInstanceOf(FileCheck.Refused.class, FileSniffer.check(name, content, MAX));
  }

  static byte[] bytes(int... values) {
    var bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  static byte[] zip(String... names) throws IOException {
    var out = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(out)) {
      for (var name : names) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
