package com.channelportal.matching.control;

import com.channelportal.identity.control.EmailDomains;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Websites and e-mail addresses reduced to the domain their owner registered, the way {@link
 * EmailDomains} does it for invitations: {@code https://www.litai.com.cn/about} and {@code
 * wang@mail.litai.com.cn} are both {@code litai.com.cn}. Free mail and shared hosts are kept but
 * marked, so that matching can say why an equal domain is no evidence.
 */
public final class WebDomains {

  private static final List<String> SHARED_HOSTS =
      Resources.lines("shared-hosts.txt").stream()
          .map(host -> host.toLowerCase(Locale.ROOT))
          .toList();
  private static final Set<String> SHARED = Set.copyOf(SHARED_HOSTS);

  private WebDomains() {}

  /**
   * The domain of a website as people type it: with or without scheme, {@code www.}, port, path or
   * trailing dot, in full-width characters; also an e-mail address typed into the website field.
   */
  public static Optional<WebDomain> ofWebsite(@Nullable String website) {
    if (website == null || website.isBlank()) {
      return Optional.empty();
    }
    String text = Normalizer.normalize(website, Normalizer.Form.NFKC).strip();
    int scheme = text.indexOf("://");
    if (scheme >= 0) {
      text = text.substring(scheme + 3);
    } else if (text.contains("@")) {
      return ofEmail(text);
    }
    String host = text.split("[/?#]", 2)[0];
    host = host.substring(host.lastIndexOf('@') + 1).replaceFirst(":\\d*$", "");
    return classify(host);
  }

  public static Optional<WebDomain> ofEmail(@Nullable String email) {
    return EmailDomains.domainOf(email).flatMap(WebDomains::classify);
  }

  /**
   * Hosts seen lately and what they are: a check profiles hundreds of candidates, and their domains
   * repeat (qq.com, 163.com, the same companies' own), while folding one costs an IDNA conversion
   * and two public suffix lookups. Emptied when full rather than kept in order: the common ones
   * come back at once.
   */
  private static final int REMEMBERED_HOSTS = 8_192;

  private static final Map<String, Optional<WebDomain>> CLASSIFIED = new ConcurrentHashMap<>();

  private static Optional<WebDomain> classify(String host) {
    var known = CLASSIFIED.get(host);
    if (known != null) {
      return known;
    }
    var classified = classifyAnew(host);
    if (CLASSIFIED.size() >= REMEMBERED_HOSTS) {
      CLASSIFIED.clear();
    }
    CLASSIFIED.put(host, classified);
    return classified;
  }

  private static Optional<WebDomain> classifyAnew(String host) {
    String domain;
    try {
      domain = EmailDomains.registrableDomain(host);
    } catch (IllegalArgumentException notADomain) {
      return Optional.empty();
    }
    if (EmailDomains.isFreeMail(domain)) {
      return Optional.of(new WebDomain(domain, WebDomain.Kind.FREE_MAIL));
    }
    if (isSharedHost(domain)) {
      return Optional.of(new WebDomain(domain, WebDomain.Kind.SHARED_HOST));
    }
    return Optional.of(new WebDomain(domain, WebDomain.Kind.OWN));
  }

  /**
   * Judged on the registrable domain: that is the platform itself ({@code 1688.com} for {@code
   * shop123.1688.com}) or, where the Public Suffix List gives each tenant a domain of its own, the
   * tenant's ({@code litai.wixsite.com}), which is kept as it is but is no evidence either: one
   * agency often builds and runs the sites of many small companies under its own account.
   */
  private static boolean isSharedHost(String domain) {
    return SHARED.contains(domain) || SHARED_HOSTS.stream().anyMatch(h -> domain.endsWith("." + h));
  }
}
