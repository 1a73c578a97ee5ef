package com.channelportal.followup.rest;

import com.channelportal.followup.entity.ActivityForm;
import com.channelportal.followup.entity.Upload;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An activity and its files as one multipart/form-data request: part {@code activity} holds the
 * JSON form, each part {@code file} one file. The container has parsed the parts (spooling large
 * ones to disk); each file is read here up to the file limit, so an oversized one is refused at its
 * limit, and the whole request is bounded by {@link UploadLimits} before it is parsed.
 */
final class MultipartActivity {

  static final String ACTIVITY = "activity";
  static final String FILE = "file";

  /** Files per request: a visit's photos and its quotation, not a folder. */
  static final int MAX_FILES = 10;

  /**
   * The request may hold this many files at the limit: enough for the usual quotation and photos,
   * while a request stays a bounded amount of memory in one transaction.
   */
  static final int MAX_FILES_PER_LIMIT = 3;

  /** Room for the activity's JSON and the parts' headers. */
  static final long ENVELOPE_BYTES = 1024 * 1024;

  record Request(ActivityForm form, List<Upload> files) {}

  private MultipartActivity() {}

  static long maxRequestBytes(long maxFileBytes) {
    return MAX_FILES_PER_LIMIT * maxFileBytes + ENVELOPE_BYTES;
  }

  static Request read(@Nullable List<EntityPart> parts, long maxFileBytes) {
    ActivityForm form = null;
    var files = new ArrayList<Upload>();
    for (var part : parts == null ? List.<EntityPart>of() : parts) {
      if (ACTIVITY.equals(part.getName())) {
        if (form != null) {
          throw new BadRequestException("Send one part " + ACTIVITY);
        }
        form = form(part);
      } else if (FILE.equals(part.getName())) {
        if (files.size() == MAX_FILES) {
          throw new BadRequestException("Send at most " + MAX_FILES + " parts " + FILE);
        }
        var name = part.getFileName().filter(n -> !n.isBlank()).map(MultipartActivity::utf8);
        files.add(
            new Upload(name.orElse("attachment"), Uploads.read(part.getContent(), maxFileBytes)));
      } else {
        throw new BadRequestException(
            "Unknown part " + part.getName() + "; expected " + ACTIVITY + " and " + FILE);
      }
    }
    if (form == null) {
      throw new BadRequestException("The part " + ACTIVITY + " (application/json) is missing");
    }
    return new Request(form, files);
  }

  /**
   * The file name as the client meant it. Browsers and curl send a part's file name as raw UTF-8,
   * while Jersey's parser reads part headers as ISO-8859-1 (eclipse-ee4j/jersey#6046), so 报价.pdf
   * arrives as mojibake; such a name is decoded again. A name that is no valid UTF-8 that way (e.g.
   * a real Latin-1 "café.pdf") stays as it is.
   */
  static String utf8(String received) {
    if (received.chars().allMatch(c -> c < 0x80) || received.chars().anyMatch(c -> c > 0xFF)) {
      return received;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(received.getBytes(StandardCharsets.ISO_8859_1)))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return received;
    }
  }

  private static ActivityForm form(EntityPart part) {
    if (!MediaType.APPLICATION_JSON_TYPE.isCompatible(part.getMediaType())) {
      throw new NotSupportedException("The part " + ACTIVITY + " must be application/json");
    }
    try {
      var form = part.getContent(ActivityForm.class);
      if (form == null) {
        throw new BadRequestException("The part " + ACTIVITY + " is empty");
      }
      return form;
    } catch (IOException e) {
      throw new BadRequestException("The part " + ACTIVITY + " could not be read");
    }
  }
}
