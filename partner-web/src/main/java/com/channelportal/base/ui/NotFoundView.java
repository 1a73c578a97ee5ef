package com.channelportal.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A route that does not exist, and (Vaadin reroutes denied views here) one the user may not open:
 * the two look the same, so the page does not reveal which views exist.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

  private final H2 title = new H2();
  private final Paragraph text = new Paragraph();
  private final Anchor home = new Anchor();

  @Override
  public int setErrorParameter(
      BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
    title.setText(getTranslation("error.not-found.title"));
    text.setText(getTranslation("error.not-found.text"));
    home.setText(getTranslation("error.back-home"));
    home.setHref("");
    setId("not-found");
    addClassName("error-view");
    removeAll();
    add(title, text, home);
    return HttpStatusCode.NOT_FOUND.getCode();
  }
}
