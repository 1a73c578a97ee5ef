package com.channelportal.confirmation.control;

import com.channelportal.confirmation.entity.ConfirmationRequested;
import java.text.MessageFormat;
import java.util.Locale;

/** The confirmation e-mail's subject and plain-text body in the partner's chosen language. */
public record ConfirmationMailTexts(String subject, String body) {

  public static ConfirmationMailTexts of(
      ConfirmationRequested request, String link, String expiry) {
    var bundle = ConfirmationMailer.bundle(request.language());
    var locale =
        ConfirmationRules.ENGLISH.equals(request.language())
            ? Locale.ENGLISH
            : Locale.SIMPLIFIED_CHINESE;
    var project =
        format(
            bundle.getString("project"),
            locale,
            request.registrationNumber() == null ? "–" : request.registrationNumber(),
            String.join(", ", request.products()));
    var greeting =
        request.contactName() == null
            ? bundle.getString("greeting")
            : format(bundle.getString("greeting.named"), locale, request.contactName());
    var subject = format(bundle.getString("subject"), locale, request.partnerName(), project);
    var body =
        greeting
            + "\n\n"
            + format(
                bundle.getString("body"),
                locale,
                request.partnerName(),
                request.customerName(),
                project,
                link,
                expiry);
    return new ConfirmationMailTexts(subject, body);
  }

  private static String format(String pattern, Locale locale, Object... arguments) {
    return new MessageFormat(pattern, locale).format(arguments);
  }
}
