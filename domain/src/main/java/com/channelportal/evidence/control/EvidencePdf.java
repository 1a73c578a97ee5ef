package com.channelportal.evidence.control;

import com.channelportal.evidence.entity.EvidenceDocument;
import com.channelportal.evidence.entity.EvidenceRow;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dispute evidence as PDF (OpenPDF), one table per section. The text is set in a CJK TrueType font
 * embedded as a subset, so that Chinese names print on any reader and stay extractable as text; the
 * font is a file of the server (Debian's {@code fonts-wqy-microhei} by default), since no such font
 * is published as a Maven artifact.
 */
public final class EvidencePdf {

  public static final String MEDIA_TYPE = "application/pdf";

  private static final float[] WIDTHS = {14, 20, 16, 22, 28};
  private static final float[] AUDIT_WIDTHS = {8, 19, 18, 14, 18, 23};

  private EvidencePdf() {}

  /**
   * @param fontFile a TrueType file, or a collection with its index such as {@code x.ttc,0}
   */
  public static byte[] bytes(EvidenceDocument document, String fontFile) {
    var pdf = new ByteArrayOutputStream();
    var page = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
    try {
      var base = BaseFont.createFont(fontFile, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
      var fonts = new Fonts(new Font(base, 14, Font.BOLD), new Font(base, 8), new Font(base, 6));
      PdfWriter.getInstance(page, pdf);
      page.addTitle("Dispute evidence " + document.registrationNumber());
      page.open();
      header(page, document, fonts);
      for (var section : sections(document.rows()).entrySet()) {
        page.add(new Paragraph(section.getKey(), fonts.title()));
        page.add(table(section.getKey(), section.getValue(), fonts));
      }
      page.close();
    } catch (IOException e) {
      throw new UncheckedIOException("PDF font " + fontFile + " cannot be read", e);
    } catch (DocumentException e) {
      throw new IllegalStateException("PDF cannot be written", e);
    }
    return pdf.toByteArray();
  }

  private record Fonts(Font title, Font text, Font small) {}

  private static void header(Document page, EvidenceDocument document, Fonts fonts) {
    page.add(
        new Paragraph("争议证据 Dispute evidence · " + document.registrationNumber(), fonts.title()));
    page.add(
        new Paragraph(
            "Generated " + document.generatedAt() + " by " + document.generatedBy(), fonts.text()));
    var chain = document.chain();
    var broken = chain.firstBrokenLink();
    var state =
        broken == null
            ? "Audit chain intact: " + chain.entries() + " entries verified"
            : "Audit chain BROKEN at entry "
                + broken.id()
                + " ("
                + broken.reason()
                + "): expected "
                + broken.expectedHash()
                + ", found "
                + broken.actualHash();
    var paragraph = new Paragraph(state, fonts.text());
    paragraph.setSpacingAfter(8);
    page.add(paragraph);
  }

  private static Map<String, List<EvidenceRow>> sections(List<EvidenceRow> rows) {
    var sections = new LinkedHashMap<String, List<EvidenceRow>>();
    rows.forEach(row -> sections.computeIfAbsent(row.section(), s -> new ArrayList<>()).add(row));
    return sections;
  }

  private static PdfPTable table(String section, List<EvidenceRow> rows, Fonts fonts) {
    boolean audit = "audit".equals(section);
    var table = new PdfPTable(audit ? AUDIT_WIDTHS : WIDTHS);
    table.setWidthPercentage(100);
    table.setSpacingBefore(4);
    table.setSpacingAfter(10);
    table.setHeaderRows(1);
    var headers =
        audit
            ? List.of("record", "time", "item", "value", "detail", "hash")
            : List.of("record", "time", "item", "value", "detail");
    headers.forEach(h -> table.addCell(headerCell(h, fonts.text())));
    for (EvidenceRow row : rows) {
      table.addCell(cell(row.record(), fonts.text()));
      table.addCell(cell(row.time(), fonts.text()));
      table.addCell(cell(row.item(), fonts.text()));
      table.addCell(cell(row.value(), fonts.text()));
      table.addCell(cell(row.detail(), fonts.text()));
      if (audit) {
        table.addCell(cell(row.hash(), fonts.small()));
      }
    }
    return table;
  }

  private static PdfPCell headerCell(String text, Font font) {
    var cell = new PdfPCell(new Phrase(text, font));
    cell.setBackgroundColor(new Color(0xE8, 0xEC, 0xF1));
    cell.setHorizontalAlignment(Element.ALIGN_LEFT);
    return cell;
  }

  private static PdfPCell cell(String text, Font font) {
    var cell = new PdfPCell(new Phrase(text, font));
    cell.setPadding(3);
    return cell;
  }
}
