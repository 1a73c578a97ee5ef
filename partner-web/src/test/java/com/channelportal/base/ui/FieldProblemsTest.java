package com.channelportal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.base.boundary.InvalidField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldProblemsTest {

  @Test
  void eachProblemAtItsFieldAndTheRestReturnedInOrder() {
    var uscc = new TextField();
    var name = new TextField();
    Map<String, TextField> fields = Map.of("customer.uscc", uscc, "customer.name", name);

    var unplaced =
        FieldProblems.place(
            List.of(
                new InvalidField.Problem("expectedCloseDate", "BEFORE_BID", "close before bid"),
                new InvalidField.Problem("customer.uscc", "CHECK_CHARACTER", "wrong check"),
                new InvalidField.Problem("lines[0].quantity", "NOT_POSITIVE", "quantity <= 0")),
            problem -> "text of " + problem.reason(),
            field -> Optional.ofNullable(fields.get(field)));

    assertThat(uscc.isInvalid()).isTrue();
    assertThat(uscc.getErrorMessage()).isEqualTo("text of CHECK_CHARACTER");
    assertThat(name.isInvalid()).isFalse();
    assertThat(unplaced).containsExactly("text of BEFORE_BID", "text of NOT_POSITIVE");
  }
}
