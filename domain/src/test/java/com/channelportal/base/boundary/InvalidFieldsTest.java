package com.channelportal.base.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.channelportal.base.boundary.InvalidField.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidFieldsTest {

  @Test
  void aSingleFieldHasItselfAsItsOnlyProblem() {
    var invalid = new InvalidField("uscc", "uscc.LENGTH", "uscc: LENGTH");

    assertThat(invalid.problems())
        .containsExactly(new Problem("uscc", "uscc.LENGTH", "uscc: LENGTH"));
  }

  @Test
  void severalFieldsReportTheFirstToSingleFieldHandlers() {
    var problems =
        List.of(
            new Problem("uscc", "uscc.LENGTH", "uscc: LENGTH"),
            new Problem("email", "email.FREE_MAIL", "email: free mail"));

    InvalidField invalid = new InvalidFields(problems);

    assertThat(invalid.field()).isEqualTo("uscc");
    assertThat(invalid.reason()).isEqualTo("uscc.LENGTH");
    assertThat(invalid.problems()).isEqualTo(problems);
    assertThat(invalid.getMessage()).isEqualTo("uscc: LENGTH; email: free mail");
  }

  @Test
  void thereIsAtLeastOneProblem() {
    assertThatIllegalArgumentException().isThrownBy(() -> new InvalidFields(List.of()));
  }
}
