package com.channelportal.followup.control;

/** The kinds of file a deal's timeline accepts, with the type and extension they are served as. */
public enum FileType {
  PDF("application/pdf", "pdf"),
  PNG("image/png", "png"),
  JPEG("image/jpeg", "jpg"),
  GIF("image/gif", "gif"),
  WEBP("image/webp", "webp"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
  DOC("application/msword", "doc"),
  XLS("application/vnd.ms-excel", "xls"),
  PPT("application/vnd.ms-powerpoint", "ppt"),
  TEXT("text/plain; charset=UTF-8", "txt"),
  CSV("text/csv; charset=UTF-8", "csv");

  private final String contentType;
  private final String extension;

  FileType(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }
}
