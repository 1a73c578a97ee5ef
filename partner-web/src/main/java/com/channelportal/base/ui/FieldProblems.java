package com.channelportal.base.ui;

import com.channelportal.base.boundary.InvalidField;
import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The domain's refusals of a form ({@link InvalidField}) shown where the user typed: each at its
 * field, the rest (a rule about several fields, or a field this form has no input for) returned for
 * a line of their own, so that none is lost.
 */
public final class FieldProblems {

  private FieldProblems() {}

  /**
   * @param text the translated text of a problem
   * @param fieldFor the form's input for a problem's field path, if it has one
   * @return the texts of the problems without an input, in the domain's order
   */
  public static List<String> place(
      List<InvalidField.Problem> problems,
      Function<InvalidField.Problem, String> text,
      Function<String, Optional<? extends HasValidation>> fieldFor) {
    var unplaced = new ArrayList<String>();
    for (var problem : problems) {
      var message = text.apply(problem);
      fieldFor
          .apply(problem.field())
          .ifPresentOrElse(
              field -> {
                field.setErrorMessage(message);
                field.setInvalid(true);
              },
              () -> unplaced.add(message));
    }
    return unplaced;
  }
}
