package com.channelportal.followup.ui;

import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.ui.IsoDates;
import com.channelportal.followup.entity.DealForm;
import com.channelportal.registration.entity.DealStage;
import com.channelportal.registration.entity.Registration;
import com.channelportal.registration.entity.RegistrationForm;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;

/**
 * The partner's stage and forecast of an approved deal. It reads the registration's values and
 * fires {@link SaveEvent}; the view saves through the boundary at the version it showed.
 */
class ForecastForm extends FormLayout {

  private final Select<DealStage> stage = new Select<>();
  private final BigDecimalField amount = new BigDecimalField();
  private final DatePicker closeDate = IsoDates.configure(new DatePicker());
  private final IntegerField probability = new IntegerField();

  ForecastForm() {
    setId("followup-forecast");
    stage.setId("followup-forecast-stage");
    stage.setLabel(getTranslation("followup.forecast.stage"));
    stage.setItems(DealStage.values());
    stage.setEmptySelectionAllowed(true);
    stage.setItemLabelGenerator(s -> s == null ? "" : getTranslation(TimelineTexts.stageKey(s)));
    amount.setId("followup-forecast-amount");
    amount.setLabel(getTranslation("followup.forecast.amount"));
    closeDate.setId("followup-forecast-close");
    closeDate.setLabel(getTranslation("followup.forecast.close-date"));
    probability.setId("followup-forecast-probability");
    probability.setLabel(getTranslation("followup.forecast.probability"));
    probability.setMin(0);
    probability.setMax(100);
    var save = new Button(getTranslation("followup.forecast.save"), click -> save());
    save.setId("followup-forecast-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(stage, amount, closeDate, probability, save);
  }

  void read(Registration r) {
    stage.setValue(r.getStage());
    amount.setValue(r.getEstimatedAmount());
    amount.setSuffixComponent(new com.vaadin.flow.component.html.Span(r.getCurrency()));
    closeDate.setValue(r.getExpectedCloseDate());
    probability.setValue(r.getWinProbability());
    List.<HasValidation>of(stage, amount, closeDate, probability).forEach(f -> f.setInvalid(false));
  }

  void showProblems(List<InvalidField.Problem> refused) {
    for (var problem : refused) {
      HasValidation field =
          switch (problem.field()) {
            case RegistrationForm.ESTIMATED_AMOUNT -> amount;
            case RegistrationForm.EXPECTED_CLOSE_DATE -> closeDate;
            case RegistrationForm.WIN_PROBABILITY -> probability;
            default -> stage;
          };
      field.setErrorMessage(getTranslation(TimelineTexts.invalidKey(problem.reason())));
      field.setInvalid(true);
    }
  }

  com.vaadin.flow.shared.Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
    return addListener(SaveEvent.class, listener);
  }

  private void save() {
    fireEvent(
        new SaveEvent(
            this,
            new DealForm(
                stage.getValue(),
                amount.getValue(),
                closeDate.getValue(),
                probability.getValue())));
  }

  static class SaveEvent extends ComponentEvent<ForecastForm> {
    private final DealForm form;

    SaveEvent(ForecastForm source, DealForm form) {
      super(source, false);
      this.form = form;
    }

    DealForm form() {
      return form;
    }
  }
}
