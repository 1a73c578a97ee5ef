package com.channelportal.registration.ui;

import com.channelportal.registration.entity.LineForm;
import com.channelportal.registration.entity.Registration;
import com.channelportal.registration.entity.RegistrationLine;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The product lines of a registration as rows of product and quantity, added and removed freely.
 * Its value is the lines as typed; empty rows are dropped by the domain, like an empty grid row.
 * Rows are numbered in their ids ({@code line-product-0}), the same index the domain reports a
 * problem under ({@code lines[0].quantity}).
 */
class LinesEditor extends CustomField<List<LineForm>> {

  private record Row(TextField product, IntegerField quantity) {}

  private final VerticalLayout rows = new VerticalLayout();
  private final Button add = new Button();
  private final List<Row> lines = new ArrayList<>();

  LinesEditor() {
    setId("registration-lines");
    setLabel(getTranslation("registration.lines"));
    setRequiredIndicatorVisible(true);
    setWidthFull();
    rows.setPadding(false);
    rows.setSpacing(false);
    add.setId("lines-add");
    add.setText(getTranslation("registration.lines.add"));
    add.setIcon(VaadinIcon.PLUS.create());
    add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    add.addClickListener(click -> addRow(null).product().focus());
    add(rows, add);
  }

  /** The field of a problem such as {@code lines[1].quantity}; the whole list for {@code lines}. */
  Optional<HasValidation> fieldFor(String field) {
    if (field.equals("lines")) {
      return Optional.of(this);
    }
    if (!field.startsWith("lines[")) {
      return Optional.empty();
    }
    int index = Integer.parseInt(field.substring("lines[".length(), field.indexOf(']')));
    if (index >= lines.size()) {
      return Optional.of(this);
    }
    var row = lines.get(index);
    return Optional.of(field.endsWith(LineForm.QUANTITY) ? row.quantity() : row.product());
  }

  void clearProblems() {
    setInvalid(false);
    lines.forEach(
        row -> {
          row.product().setInvalid(false);
          row.quantity().setInvalid(false);
        });
  }

  @Override
  protected List<LineForm> generateModelValue() {
    return lines.stream()
        .map(row -> new LineForm(blankToNull(row.product().getValue()), row.quantity().getValue()))
        .toList();
  }

  @Override
  protected void setPresentationValue(List<LineForm> value) {
    rows.removeAll();
    lines.clear();
    if (value == null || value.isEmpty()) {
      addRow(null);
      return;
    }
    value.forEach(this::addRow);
  }

  private Row addRow(LineForm line) {
    int index = lines.size();
    var product = new TextField();
    product.setId("line-product-" + index);
    product.setPlaceholder(getTranslation("registration.lines.product"));
    product.setAriaLabel(getTranslation("registration.lines.product"));
    product.setMaxLength(RegistrationLine.PRODUCT_MAX_LENGTH);
    product.setWidthFull();
    var quantity = new IntegerField();
    quantity.setId("line-quantity-" + index);
    quantity.setPlaceholder(getTranslation("registration.lines.quantity"));
    quantity.setAriaLabel(getTranslation("registration.lines.quantity"));
    quantity.setMin(1);
    quantity.setStepButtonsVisible(true);
    quantity.setWidth("9em");
    var row = new Row(product, quantity);
    var remove = new Button(VaadinIcon.TRASH.create(), click -> removeRow(row));
    remove.setId("line-remove-" + index);
    remove.setAriaLabel(getTranslation("registration.lines.remove"));
    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
    if (line != null) {
      product.setValue(line.product() == null ? "" : line.product());
      quantity.setValue(line.quantity());
    }
    product.addValueChangeListener(change -> updateValue());
    quantity.addValueChangeListener(change -> updateValue());
    var layout = new HorizontalLayout(product, quantity, remove);
    layout.setWidthFull();
    layout.setFlexGrow(1, product);
    layout.setAlignItems(FlexComponent.Alignment.BASELINE);
    lines.add(row);
    rows.add(layout);
    add.setEnabled(lines.size() < Registration.MAX_LINES);
    return row;
  }

  private void removeRow(Row row) {
    var remaining = new ArrayList<>(generateModelValue());
    remaining.remove(lines.indexOf(row));
    setPresentationValue(remaining);
    updateValue();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
