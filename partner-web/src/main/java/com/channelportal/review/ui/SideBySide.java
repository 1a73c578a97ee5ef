package com.channelportal.review.ui;

import com.channelportal.base.ui.DisplayTime;
import com.channelportal.confirmation.ui.ConfirmationsPanel;
import com.channelportal.customer.entity.CustomerDetails;
import com.channelportal.matching.entity.CandidateKind;
import com.channelportal.review.boundary.ReviewCase;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The customers as the claim and each conflicting record describe them, one row per field and one
 * column per record. A value equal to the claim's (ignoring case, width and spacing) is
 * highlighted: that is where the records meet, whatever the matcher's reasons say in words.
 */
class SideBySide extends Grid<SideBySide.Row> {

  /**
   * One field across the records, the claim's value first; {@code compared} for the customer's
   * fields, not for the claim times, whose equality to the minute means nothing.
   */
  record Row(String label, List<@Nullable String> values, boolean compared) {}

  private static final List<Field> FIELDS =
      List.of(
          new Field("registration.customer.name", CustomerDetails::getName),
          new Field("registration.customer.uscc", CustomerDetails::getUscc),
          new Field(
              "registration.customer.industry",
              c -> join(" / ", c.getIndustry(), c.getSubIndustry())),
          new Field("registration.customer.phone", CustomerDetails::getPhone),
          new Field("registration.customer.email", CustomerDetails::getEmail),
          new Field("registration.customer.website", CustomerDetails::getWebsite),
          new Field("review.field.region", c -> join(" ", c.getProvince(), c.getCity())),
          new Field("registration.customer.address", CustomerDetails::getAddress));

  private record Field(String key, Function<CustomerDetails, @Nullable String> value) {}

  SideBySide() {
    setId("review-side-by-side");
    addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
    setAllRowsVisible(true);
  }

  void show(ReviewCase review) {
    removeAllColumns();
    addColumn(Row::label).setHeader("").setAutoWidth(true).setFlexGrow(0).setFrozen(true);
    var headers = new ArrayList<String>();
    headers.add(getTranslation("review.this-claim", review.partnerName()));
    review.claims().forEach(c -> headers.add(label(this, c) + " · " + c.score().toPlainString()));
    for (int i = 0; i < headers.size(); i++) {
      int column = i;
      addComponentColumn(row -> cell(row, column))
          .setHeader(headers.get(i))
          .setResizable(true)
          .setAutoWidth(true);
    }
    var rows = new ArrayList<Row>();
    for (var field : FIELDS) {
      var values = new ArrayList<@Nullable String>();
      values.add(field.value().apply(review.registration().getCustomer()));
      review.claims().forEach(c -> values.add(field.value().apply(c.customer())));
      rows.add(new Row(getTranslation(field.key()), values, true));
    }
    var times = new ArrayList<@Nullable String>();
    times.add(DisplayTime.format(review.registration().getSubmittedAt()));
    review.claims().forEach(c -> times.add(DisplayTime.format(c.claimedAt())));
    rows.add(new Row(getTranslation("review.field.claimed-at"), times, false));
    var followUps = new ArrayList<@Nullable String>();
    var own = new ReviewCase.Claim.Key(CandidateKind.REGISTRATION, review.registration().getId());
    followUps.add(followUp(review, own));
    review.claims().forEach(c -> followUps.add(followUp(review, c.key())));
    rows.add(new Row(getTranslation("review.field.follow-up"), followUps, false));
    var answers = new ArrayList<@Nullable String>();
    answers.add(answer(review, own));
    review.claims().forEach(c -> answers.add(answer(review, c.key())));
    rows.add(new Row(getTranslation("review.field.customer-answer"), answers, false));
    setItems(rows);
  }

  /** A brand customer has no timeline: its cell stays empty. */
  private @Nullable String followUp(ReviewCase review, ReviewCase.Claim.Key key) {
    if (key.kind() == CandidateKind.CUSTOMER) {
      return null;
    }
    var followUp = review.followUpOf(key);
    return followUp.activities() == 0
        ? getTranslation("review.follow-up.none")
        : getTranslation(
            "review.follow-up.summary",
            followUp.activities(),
            DisplayTime.format(followUp.lastAt()));
  }

  /** Only a partner's registration can have asked its customer. */
  private @Nullable String answer(ReviewCase review, ReviewCase.Claim.Key key) {
    if (key.kind() != CandidateKind.REGISTRATION) {
      return null;
    }
    return review
        .answerOf(key)
        .map(
            a ->
                getTranslation(ConfirmationsPanel.stateKey(a.state()))
                    + " · "
                    + DisplayTime.format(a.at()))
        .orElse(getTranslation("review.customer-answer.none"));
  }

  /** What the record is: another partner's claim with its partner, or the brand's record. */
  static String label(Component c, ReviewCase.Claim claim) {
    var kind = c.getTranslation(ReviewTexts.candidateKey(claim.key().kind()));
    var who = claim.partnerName() != null ? claim.partnerName() : claim.owner();
    var reference = claim.title();
    var text = new StringBuilder(kind);
    if (who != null) {
      text.append(" · ").append(who);
    }
    if (reference != null) {
      text.append(" · ").append(reference);
    }
    return text.toString();
  }

  private Span cell(Row row, int column) {
    var value = row.values().get(column);
    var span = new Span(value == null || value.isBlank() ? "–" : value);
    if (row.compared()
        && column > 0
        && value != null
        && !value.isBlank()
        && same(value, row.values().get(0))) {
      span.addClassName("review-match");
      span.getElement().getThemeList().add("badge success");
    }
    return span;
  }

  private static boolean same(String a, @Nullable String b) {
    return b != null && Objects.equals(folded(a), folded(b));
  }

  private static String folded(String value) {
    return Normalizer.normalize(value, Normalizer.Form.NFKC)
        .replaceAll("\\s+", "")
        .toLowerCase(Locale.ROOT);
  }

  private static @Nullable String join(String separator, @Nullable String... parts) {
    var joined = new StringBuilder();
    for (var part : parts) {
      if (part != null && !part.isBlank()) {
        joined.append(joined.length() == 0 ? "" : separator).append(part);
      }
    }
    return joined.length() == 0 ? null : joined.toString();
  }
}
