package com.channelportal.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A view that failed to open. Replaces Vaadin's default page, which shows the exception's root
 * cause to the user even in production. Deliberately without the main layout: the failure may be in
 * the layout itself.
 */
@AnonymousAllowed
public class ErrorView extends Main implements HasErrorParameter<Exception> {

  private static final Logger LOG = Logger.getLogger(ErrorView.class.getName());

  private final H2 title = new H2();
  private final Paragraph text = new Paragraph();
  private final Anchor home = new Anchor();

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
    LOG.log(
        Level.SEVERE,
        "Could not open '" + event.getLocation().getPath() + "'",
        parameter.getCaughtException());
    title.setText(getTranslation("error.page.title"));
    text.setText(getTranslation("error.page.text"));
    home.setText(getTranslation("error.back-home"));
    home.setHref("");
    setId("error-view");
    addClassName("error-view");
    removeAll();
    add(title, text, home);
    return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
  }
}
