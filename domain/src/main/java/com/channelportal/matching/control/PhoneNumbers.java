package com.channelportal.matching.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Phone numbers as evidence: every way of writing one Chinese number becomes the same digits.
 * {@code +86 755 8225 4848}, {@code 0086-755-82254848}, {@code (0755) 8225-4848} and {@code
 * 0755-82254848转8001} are all {@code 075582254848}; {@code +86 139 2345 6789} is {@code
 * 13923456789}.
 *
 * <p>The area code is kept: {@code 82254848} in Beijing and in Shenzhen are two lines. A number
 * written without one is kept as its local digits and compares equal only to the same local digits;
 * guessing the area code from the claim's city would turn a typo in the city into a false match.
 * Extensions are dropped: they tell people apart, not companies.
 */
public final class PhoneNumbers {

  /** Mobile numbers: 11 digits starting with 13–19. */
  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

  /**
   * Landlines with area code (010, 02x: three digits with the 0; the others four), service numbers
   * 400/800 (ten digits), and local numbers of 7 or 8 digits.
   */
  private static final Pattern LANDLINE =
      Pattern.compile("0(?:10|2\\d)\\d{8}|0[3-9]\\d{2}\\d{7,8}|[48]00\\d{7}|[2-9]\\d{6,7}");

  private static final Pattern EXTENSION = Pattern.compile("(?i)(?:转|分机|ext\\.?|x|#).*$");
  private static final Pattern SEVERAL = Pattern.compile("[/,;，；、|]|\\s{2,}|\\bor\\b|或");

  private PhoneNumbers() {}

  /** The normalized number, or empty if {@code raw} is no plausible Chinese phone number. */
  public static Optional<String> normalize(@Nullable String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String text = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
    text = EXTENSION.matcher(text).replaceFirst("");
    String digits = text.replaceAll("[^0-9+]", "");
    if (digits.startsWith("+86")) {
      digits = national(digits.substring(3));
    } else if (digits.startsWith("0086")) {
      digits = national(digits.substring(4));
    } else if (digits.startsWith("86") && digits.length() >= 12) {
      digits = national(digits.substring(2));
    } else if (digits.startsWith("+")) {
      return Optional.empty();
    }
    if (MOBILE.matcher(digits).matches() || LANDLINE.matcher(digits).matches()) {
      return Optional.of(digits);
    }
    return Optional.empty();
  }

  /** Every number of a field that may hold several ({@code 0755-82254848 / 13923456789}). */
  public static List<String> normalizeAll(@Nullable String raw) {
    if (raw == null) {
      return List.of();
    }
    var numbers = new ArrayList<String>();
    for (String part : SEVERAL.split(Normalizer.normalize(raw, Normalizer.Form.NFKC))) {
      normalize(part).filter(n -> !numbers.contains(n)).ifPresent(numbers::add);
    }
    return numbers;
  }

  /**
   * After the country code a landline's area code loses its leading 0 ({@code +86 755 …}); a mobile
   * or service number has none to lose.
   */
  private static String national(String digits) {
    if (digits.startsWith("0")
        || MOBILE.matcher(digits).matches()
        || digits.startsWith("400")
        || digits.startsWith("800")) {
      return digits;
    }
    return "0" + digits;
  }
}
