package com.channelportal.lifecycle.ui;

import com.channelportal.base.boundary.InvalidField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;

/** Puts the domain's field problems on the fields of a dialog, in the user's language. */
final class FieldErrors {

  private FieldErrors() {}

  /**
   * @param fields by the domain's field name
   * @param params for the texts, e.g. the most days of an extension
   * @return whether every problem found its field
   */
  static boolean show(
      Component owner,
      InvalidField invalid,
      Map<String, ? extends HasValidation> fields,
      Object... params) {
    fields.values().forEach(f -> f.setInvalid(false));
    var allShown = true;
    for (var problem : invalid.problems()) {
      var field = fields.get(problem.field());
      if (field == null) {
        allShown = false;
        continue;
      }
      field.setErrorMessage(
          owner.getTranslation(LifecycleTexts.invalidKey(problem.reason()), params));
      field.setInvalid(true);
    }
    return allShown;
  }
}
