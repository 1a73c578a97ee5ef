package com.channelportal.followup.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.FileUploadHandler;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files of the activity dialog. Each arrives in a temporary file, not in memory, so that a user
 * who adds a few files of the limit's size (20 MB) while still typing holds no heap; the bytes are
 * read once, when the activity is saved, because the domain checks and stores a byte array. The
 * browser refuses a file over the limit before sending it ({@code maxFileSize} is a client-side
 * property only); the handler's own limit stops a client that ignores it. Whether a type is
 * accepted is decided by the bytes, in the domain, on save.
 */
class ActivityFiles extends Div {

  private static final BigDecimal MEGABYTE = BigDecimal.valueOf(1024L * 1024);

  private final Upload upload;
  private final Span error = new Span();
  private final long maxBytes;

  /** By the name the browser gave, which is how the component reports a removed file. */
  private final Map<String, Path> received = new ConcurrentHashMap<>();

  /** Everything written, also what a refused or broken transfer left behind. */
  private final Set<Path> written = ConcurrentHashMap.newKeySet();

  ActivityFiles(long maxBytes) {
    this.maxBytes = maxBytes;
    upload = new Upload(handler());
    upload.setId("followup-activity-upload");
    upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
    upload.setI18n(texts());
    upload.addFileRejectedListener(rejected -> error.setText(tooLarge()));
    upload.addFileRemovedListener(removed -> forget(removed.getFileName()));
    error.setId("followup-activity-file-error");
    error.addClassName("field-error");
    add(upload, error);
    addDetachListener(detached -> clear());
  }

  /** The received files, read now. */
  List<com.channelportal.followup.entity.Upload> read() {
    var files = new ArrayList<com.channelportal.followup.entity.Upload>();
    received.forEach(
        (name, path) -> {
          try {
            files.add(new com.channelportal.followup.entity.Upload(name, Files.readAllBytes(path)));
          } catch (IOException e) {
            throw new UncheckedIOException("an uploaded file went missing: " + path, e);
          }
        });
    return files;
  }

  /** A refusal of the domain, {@code file.CODE}. */
  void showProblem(String reason) {
    error.setText(
        reason.endsWith(".TOO_LARGE")
            ? tooLarge()
            : getTranslation(TimelineTexts.invalidKey(reason)));
  }

  void clearProblem() {
    error.setText("");
  }

  /** Forgets and deletes every file, for a new activity or a closed dialog. */
  void clear() {
    received.clear();
    written.forEach(ActivityFiles::delete);
    written.clear();
    upload.clearFileList();
    clearProblem();
  }

  private FileUploadHandler handler() {
    var limit = maxBytes;
    return new FileUploadHandler(
        (meta, file) -> {
          var previous = received.put(meta.fileName(), file.toPath());
          if (previous != null && !previous.equals(file.toPath())) {
            delete(previous);
          }
        },
        meta -> {
          File file = Files.createTempFile("portal-upload-", ".part").toFile();
          written.add(file.toPath());
          return file;
        }) {
      @Override
      public long getFileSizeMax() {
        return limit;
      }
    };
  }

  private void forget(String fileName) {
    var path = received.remove(fileName);
    if (path != null) {
      delete(path);
      written.remove(path);
    }
  }

  private String tooLarge() {
    var megabytes =
        BigDecimal.valueOf(maxBytes).divide(MEGABYTE, 2, RoundingMode.DOWN).stripTrailingZeros();
    return getTranslation("followup.upload.too-large", megabytes.toPlainString());
  }

  private UploadI18N texts() {
    var add = getTranslation("followup.upload.add");
    var drop = getTranslation("followup.upload.drop");
    return new UploadI18N()
        .setAddFiles(new UploadI18N.AddFiles().setOne(add).setMany(add))
        .setDropFiles(new UploadI18N.DropFiles().setOne(drop).setMany(drop))
        .setError(
            new UploadI18N.Error()
                .setFileIsTooBig(tooLarge())
                .setIncorrectFileType(getTranslation("followup.invalid.file.UNSUPPORTED_TYPE"))
                .setTooManyFiles(getTranslation("followup.upload.too-many")));
  }

  private static void delete(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // the temporary directory is the operating system's to clean; nothing to show a user
      java.util.logging.Logger.getLogger(ActivityFiles.class.getName())
          .fine(() -> "could not delete " + path + ": " + e);
    }
  }
}
