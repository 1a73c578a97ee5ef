package com.channelportal.onboarding.control;

import com.channelportal.partner.entity.PartnerCompany;
import java.util.Locale;
import java.util.Set;

/**
 * The organization alias of a newly approved distributor: the tenant key in every token and URL, so
 * short, readable and stable. It is taken from the company's e-mail domain ({@code litai} for
 * {@code litai.com.cn}), because that is the name its people already recognise; a taken alias gets
 * a number ({@code litai-2}), never another company's tenant.
 */
public final class OrganizationAliases {

  /** For a domain whose first label has nothing usable, which a valid domain cannot have. */
  static final String FALLBACK = "partner";

  private OrganizationAliases() {}

  /**
   * The first label of {@code registrableDomain}, lower case, other characters than {@code a-z},
   * {@code 0-9} and {@code -} replaced by {@code -}, at most {@value
   * PartnerCompany#ALIAS_MAX_LENGTH} characters. An internationalized domain keeps its ASCII form
   * ({@code xn--…}).
   */
  public static String base(String registrableDomain) {
    var label = registrableDomain.strip().toLowerCase(Locale.ROOT);
    int dot = label.indexOf('.');
    if (dot >= 0) {
      label = label.substring(0, dot);
    }
    return trimmed(label.replaceAll("[^a-z0-9-]", "-"), PartnerCompany.ALIAS_MAX_LENGTH);
  }

  /**
   * The base alias if it is free, else the first free of {@code base-2}, {@code base-3}, …,
   * shortening the base so that the number still fits.
   *
   * @param taken aliases in use, including reserved ones such as the brand's own
   */
  public static String choose(String registrableDomain, Set<String> taken) {
    var base = base(registrableDomain);
    if (!taken.contains(base)) {
      return base;
    }
    for (int n = 2; ; n++) {
      var suffix = "-" + n;
      var candidate = trimmed(base, PartnerCompany.ALIAS_MAX_LENGTH - suffix.length()) + suffix;
      if (!taken.contains(candidate)) {
        return candidate;
      }
    }
  }

  /** Cut to {@code max} without leading or trailing dashes, which an alias must not have. */
  private static String trimmed(String alias, int max) {
    var cut = alias.length() > max ? alias.substring(0, max) : alias;
    cut = cut.replaceAll("^-+", "").replaceAll("-+$", "");
    return cut.isEmpty() ? FALLBACK : cut;
  }
}
