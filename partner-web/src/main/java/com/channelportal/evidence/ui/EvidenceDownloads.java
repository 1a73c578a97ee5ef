package com.channelportal.evidence.ui;

import com.channelportal.base.boundary.AccessDenied;
import com.channelportal.base.boundary.RecordNotFound;
import com.channelportal.evidence.boundary.EvidenceExports;
import com.channelportal.evidence.control.EvidenceCsv;
import com.channelportal.evidence.control.EvidencePdf;
import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.entity.Role;
import com.channelportal.identity.security.CurrentCaller;
import com.channelportal.registration.entity.Registration;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The dispute-evidence downloads beside a registration, for channel managers and brand admins. Each
 * click builds the document anew (and is audited): evidence is exported as it is at that moment,
 * never from a copy made when the page opened.
 */
public class EvidenceDownloads extends Div {

  private static final Logger LOG = Logger.getLogger(EvidenceDownloads.class.getName());

  private final Anchor csv = new Anchor();
  private final Anchor pdf = new Anchor();

  @Inject CurrentCaller currentCaller;

  @Inject EvidenceExports exports;

  @PostConstruct
  void init() {
    setId("registration-evidence");
    addClassName("registration-evidence");
    csv.setId("evidence-csv");
    csv.setText(getTranslation("evidence.download.csv"));
    pdf.setId("evidence-pdf");
    pdf.setText(getTranslation("evidence.download.pdf"));
    add(csv, pdf);
  }

  public void show(Registration registration) {
    var caller = currentCaller.get();
    var allowed = caller.hasRole(Role.BRAND_ADMIN) || caller.hasRole(Role.CHANNEL_MANAGER);
    setVisible(allowed);
    if (allowed) {
      long id = registration.getId();
      csv.setHref(download(caller, id, "csv", EvidenceCsv.MEDIA_TYPE, exports::csv));
      pdf.setHref(download(caller, id, "pdf", EvidencePdf.MEDIA_TYPE, exports::pdf));
    }
  }

  private static DownloadHandler download(
      Caller caller,
      long id,
      String extension,
      String type,
      BiFunction<Caller, Long, byte[]> export) {
    // the caller is taken when the page shows the link: the download request runs outside the UI
    return DownloadHandler.fromInputStream(
        event -> {
          try {
            var bytes = export.apply(caller, id);
            return new DownloadResponse(
                new ByteArrayInputStream(bytes),
                "evidence-" + id + "." + extension,
                type,
                bytes.length);
          } catch (RecordNotFound | AccessDenied refused) {
            return DownloadResponse.error(404);
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Evidence export of registration " + id + " failed", e);
            return DownloadResponse.error(500);
          }
        });
  }
}
