package com.channelportal.partner.boundary;

import com.channelportal.base.boundary.InvalidField;
import com.channelportal.partner.control.CreditCodeCheck;
import com.channelportal.partner.control.UnifiedSocialCreditCode;
import com.channelportal.partner.entity.PartnerCompany;
import com.channelportal.partner.entity.PartnerCompany.Contact;
import com.channelportal.partner.entity.PartnerCompany.Programme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks a partner's profile before it is stored, with one reason key per broken rule so that forms
 * and the API can say exactly what is wrong. Text is trimmed; blank means "not given".
 */
@ApplicationScoped
public class ProgrammeRules {

  /** A brand username as Keycloak keeps it, e.g. of the assigned channel manager. */
  public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,63}");

  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{4,30}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  @PersistenceContext EntityManager em;

  Contact validContact(Contact contact) {
    var name = trimmed("contact.name", contact.name(), PartnerCompany.CONTACT_NAME_MAX_LENGTH);
    var phone = trimmed("contact.phone", contact.phone(), PartnerCompany.PHONE_MAX_LENGTH);
    var email = trimmed("contact.email", contact.email(), PartnerCompany.EMAIL_MAX_LENGTH);
    require(phone == null || PHONE.matcher(phone).matches(), "contact.phone", "FORMAT");
    require(email == null || EMAIL.matcher(email).matches(), "contact.email", "FORMAT");
    return new Contact(name, phone, email);
  }

  Programme validProgramme(PartnerCompany company, Programme programme) {
    var name = trimmed("name", programme.name(), PartnerCompany.NAME_MAX_LENGTH);
    require(name != null, "name", "REQUIRED");
    require(programme.tier() != null, "tier", "REQUIRED");
    require(programme.status() != null, "status", "REQUIRED");
    var status = programme.status();
    require(
        status == company.getStatus() || company.getStatus().canBecome(status),
        "status",
        "TRANSITION");
    var region = trimmed("region", programme.region(), PartnerCompany.REGION_MAX_LENGTH);
    var manager = trimmed("channelManager", programme.channelManager(), 64);
    require(manager == null || USERNAME.matcher(manager).matches(), "channelManager", "FORMAT");
    var uscc = validUscc(company, programme.uscc());
    return new Programme(
        name, uscc, region, programme.tier(), status, manager, programme.foreignEmailAllowed());
  }

  private @Nullable String validUscc(PartnerCompany company, @Nullable String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    var check = UnifiedSocialCreditCode.check(raw);
    if (check instanceof CreditCodeCheck.Invalid invalid) {
      throw new InvalidField(
          "uscc",
          "uscc." + invalid.reason(),
          "uscc is invalid: " + invalid.reason() + " at position " + invalid.position());
    }
    var uscc = check.code();
    var taken =
        em.createQuery(
                "select count(c) from PartnerCompany c where c.uscc = :uscc and c.id <> :id",
                Long.class)
            .setParameter("uscc", uscc)
            .setParameter("id", company.getId())
            .getSingleResult();
    require(taken == 0, "uscc", "DUPLICATE");
    return uscc;
  }

  private static @Nullable String trimmed(String field, @Nullable String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    var text = value.strip();
    require(text.codePointCount(0, text.length()) <= max, field, "TOO_LONG");
    return text;
  }

  private static void require(boolean rule, String field, String reason) {
    if (!rule) {
      throw new InvalidField(field, field + "." + reason, field + " is invalid: " + reason);
    }
  }
}
