package com.channelportal.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The search box above a grid: filters as the user types, after a short pause. */
public final class SearchField {

  private SearchField() {}

  public static TextField create(String id, String placeholder, Runnable onChange) {
    var field = new TextField();
    field.setId(id);
    field.setPlaceholder(placeholder);
    field.setAriaLabel(placeholder);
    field.setPrefixComponent(VaadinIcon.SEARCH.create());
    field.setClearButtonVisible(true);
    field.setValueChangeMode(ValueChangeMode.LAZY);
    field.addValueChangeListener(change -> onChange.run());
    return field;
  }
}
