package com.channelportal.identity.control;

import com.google.common.net.InternetDomainName;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * E-mail domains as evidence of who someone works for. Invitations use them to keep a distributor's
 * team to its own people; conflict detection (later) to tell that two registrations come from the
 * same company. Both need the same two foldings: subdomains to the domain a company registers
 * ({@code mail.litai.com.cn} and {@code litai.com.cn} are one company), and free-mail providers out
 * ({@code @qq.com} says nothing about an employer, however many partners use it).
 *
 * <p>The registrable domain comes from the Public Suffix List as bundled with Guava, private
 * suffixes included: {@code a.github.io} and {@code b.github.io} stay apart. Updating Guava updates
 * the list. A domain under no known suffix (an intranet name) is kept whole.
 *
 * <p>Domains are handled in ASCII (IDNA, {@code 中文.com} is {@code xn--fiq228c.com}) and lower case,
 * without the trailing root dot, so they can be stored and compared as plain strings.
 */
public final class EmailDomains {

  private static final Set<String> FREE_MAIL = load("free-mail-domains.txt");

  private EmailDomains() {}

  /**
   * The domain of an address, or empty if it is not one. Deliberately lenient about the local part
   * (non-empty, no whitespace): the receiving server is its judge, and an invitation sent to an
   * address that cannot receive mail simply never completes. Full-width input ({@code ＠}, {@code
   * 。}) as typed with a Chinese input method is accepted.
   */
  public static Optional<String> domainOf(@Nullable String email) {
    if (email == null) {
      return Optional.empty();
    }
    String address = Normalizer.normalize(email, Normalizer.Form.NFKC).strip();
    int at = address.indexOf('@');
    if (at <= 0 || at != address.lastIndexOf('@')) {
      return Optional.empty();
    }
    String local = address.substring(0, at);
    if (local.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      return Optional.empty();
    }
    return asciiDomain(address.substring(at + 1));
  }

  /**
   * Folds a domain to the one its owner registered: {@code sales.litai.com} to {@code litai.com},
   * {@code mail.litai.com.cn} to {@code litai.com.cn}. A public suffix itself is returned as it is.
   *
   * @throws IllegalArgumentException if {@code domain} is not a syntactically valid domain name
   */
  public static String registrableDomain(String domain) {
    String ascii =
        asciiDomain(domain)
            .orElseThrow(() -> new IllegalArgumentException("not a domain: " + domain));
    InternetDomainName name = InternetDomainName.from(ascii);
    return name.isUnderPublicSuffix() ? name.topPrivateDomain().toString() : name.toString();
  }

  /**
   * True for a free-mail provider, judged on the registrable domain so that {@code vip.qq.com} and
   * {@code vip.163.com} count too.
   *
   * @throws IllegalArgumentException if {@code domain} is not a syntactically valid domain name
   */
  public static boolean isFreeMail(String domain) {
    return FREE_MAIL.contains(registrableDomain(domain));
  }

  /**
   * Whether a partner admin may invite {@code email}. Free mail is refused even when foreign
   * domains are allowed: that switch admits a sister company's or an agency's corporate domain, not
   * an address that anyone can open. Company domains match by registrable domain and in any case;
   * an entry that is no domain matches nothing.
   */
  public static InvitationCheck mayInvite(
      @Nullable String email, Collection<String> companyDomains, boolean foreignDomainsAllowed) {
    Optional<String> domain = domainOf(email);
    if (domain.isEmpty()) {
      return InvitationCheck.INVALID_ADDRESS;
    }
    String registrable = registrableDomain(domain.get());
    if (FREE_MAIL.contains(registrable)) {
      return InvitationCheck.FREE_MAIL;
    }
    if (foreignDomainsAllowed || registrableDomains(companyDomains).contains(registrable)) {
      return InvitationCheck.OK;
    }
    return InvitationCheck.FOREIGN_DOMAIN;
  }

  /** The free-mail list as loaded, for tests that check the list itself. */
  static Set<String> freeMailDomains() {
    return FREE_MAIL;
  }

  private static Set<String> registrableDomains(Collection<String> domains) {
    return domains.stream()
        .map(EmailDomains::asciiDomain)
        .flatMap(Optional::stream)
        .map(EmailDomains::registrableDomain)
        .collect(Collectors.toSet());
  }

  /** IDNA to ASCII, lower case, no trailing dot, at least two labels; empty if not a domain. */
  private static Optional<String> asciiDomain(String domain) {
    String stripped = domain.strip();
    String ascii;
    if (isLettersDigitsHyphens(stripped)) {
      // nothing for IDNA to convert; the validity check below applies its rules to such a name
      ascii = stripped.toLowerCase(Locale.ROOT);
    } else {
      try {
        ascii = IDN.toASCII(stripped, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
      } catch (IllegalArgumentException notIdna) {
        return Optional.empty();
      }
    }
    if (ascii.endsWith(".")) {
      ascii = ascii.substring(0, ascii.length() - 1);
    }
    boolean valid = ascii.contains(".") && InternetDomainName.isValid(ascii);
    return valid ? Optional.of(ascii) : Optional.empty();
  }

  private static boolean isLettersDigitsHyphens(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean allowed =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '.';
      if (!allowed) {
        return false;
      }
    }
    return !text.isEmpty();
  }

  /** One domain per line; {@code #} starts a comment. Each is stored as its registrable domain. */
  private static Set<String> load(String resource) {
    InputStream in =
        Objects.requireNonNull(
            EmailDomains.class.getResourceAsStream(resource), "missing resource " + resource);
    try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader
          .lines()
          .map(line -> line.replaceFirst("#.*", "").strip())
          .filter(line -> !line.isEmpty())
          .map(EmailDomains::registrableDomain)
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
