package com.channelportal.followup.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.channelportal.followup.entity.DealAttachment;
import org.junit.jupiter.api.Test;

class FileNamesTest {

  @Test
  void foldersControlAndReservedCharactersAreRemoved() {
    assertEquals("passwd.txt", FileNames.sanitize("../../etc/passwd", FileType.TEXT));
    assertEquals("报价单.pdf", FileNames.sanitize("C:\\Users\\王\\报价单.pdf", FileType.PDF));
    assertEquals("ab.pdf", FileNames.sanitize("a\r\n\"b\u202E.pdf", FileType.PDF));
    assertEquals("hidden.pdf", FileNames.sanitize("..hidden.pdf", FileType.PDF));
  }

  @Test
  void aNameWithoutAnythingLeftGetsADefault() {
    assertEquals("attachment.png", FileNames.sanitize("///", FileType.PNG));
    assertEquals("attachment.png", FileNames.sanitize("  ", FileType.PNG));
    assertEquals("png.png", FileNames.sanitize(".png", FileType.PNG));
  }

  @Test
  void longNamesKeepTheirExtension() {
    var name = FileNames.sanitize("长".repeat(300) + ".docx", FileType.DOCX);

    assertEquals(DealAttachment.FILE_NAME_MAX_LENGTH, name.codePointCount(0, name.length()));
    assertEquals(true, name.endsWith(".docx"));
  }
}
