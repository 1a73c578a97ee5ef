package com.channelportal.partner.control;

import static java.util.Map.entry;

import com.channelportal.partner.control.CreditCodeCheck.Invalid;
import com.channelportal.partner.control.CreditCodeCheck.Reason;
import com.channelportal.partner.control.CreditCodeCheck.Valid;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Unified Social Credit Code (统一社会信用代码) of GB 32100-2015: one 18-character identifier per legal
 * entity or other organization, for life. Deal registration and conflict detection rely on it as
 * the strongest evidence that two claims name the same customer, so a code is only accepted when
 * every rule of the standard that can be checked offline holds.
 *
 * <p>Structure: position 1 registration authority, 2 organization type, 3–8 administrative division
 * of the registering office (GB/T 2260), 9–17 the subject identifier (the GB 11714 organization
 * code), 18 the check character (GB/T 17710, MOD 31).
 *
 * <p>Not checked, on purpose: position 17, the GB 11714 check digit of the embedded organization
 * code. Codes issued by some registration authorities do not satisfy it, and refusing a code that
 * is printed on a real business licence is worse than accepting a typo that position 18 catches
 * anyway. Neither is the division checked against the GB/T 2260 list, which changes every year.
 */
public final class UnifiedSocialCreditCode {

  public static final int LENGTH = 18;

  /** The 31 characters in the order of their code values 0–30; the index is the code value. */
  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  /**
   * Organization types (position 2) per registration authority (position 1): the standard's table
   * as amended in 2016 (which added authorities A and N), widened by types assigned since (3–6
   * commercial mediation, 5–4 and 5–5 village and residents' committees, 8–2 unincorporated
   * unions). Where in doubt a type is accepted: a typo in position 2 breaks the check character
   * anyway, so this table only gives the more precise reason and refuses made-up codes, and neither
   * is worth refusing a real one.
   */
  private static final Map<Character, String> ORGANIZATION_TYPES =
      Map.ofEntries(
          entry('1', "1239"), // 机构编制: 机关, 事业单位, 群众团体, 其他
          entry('2', "19"), // 外交: 外国常驻新闻机构, 其他
          entry('3', "1234569"), // 司法行政: 律师, 公证, 基层法律服务, 司法鉴定, 仲裁, 商事调解, 其他
          entry('4', "19"), // 文化: 外国在华文化中心, 其他
          entry('5', "123459"), // 民政: 社会团体, 民办非企业, 基金会, 村委会, 居委会, 其他
          entry('6', "129"), // 旅游: 外国/港澳台旅游部门常驻代表机构, 其他
          entry('7', "129"), // 宗教: 宗教活动场所, 宗教院校, 其他
          entry('8', "129"), // 工会: 基层工会, 非法人工会组织, 其他
          entry('9', "123"), // 工商/市场监管: 企业, 个体工商户, 农民专业合作社
          entry('A', "19"), // 中央军委改革和编制办公室: 军队事业单位, 其他
          entry('N', "1239"), // 农业: 组级, 村级, 乡镇级集体经济组织, 其他
          entry('Y', "1")); // 其他: not subdivided

  private UnifiedSocialCreditCode() {}

  /**
   * The form in which codes are compared and stored: trimmed, NFKC-folded (full-width {@code ９１Ａ}
   * as typed with a Chinese input method becomes {@code 91A}) and upper-case. {@code null} becomes
   * the empty string.
   */
  public static String normalize(@Nullable String raw) {
    if (raw == null) {
      return "";
    }
    return Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
  }

  /** Normalizes {@code raw} and checks it against every rule, reporting the first one broken. */
  public static CreditCodeCheck check(@Nullable String raw) {
    String code = normalize(raw);
    if (code.isEmpty()) {
      return new Invalid(code, Reason.EMPTY, 0);
    }
    if (code.codePointCount(0, code.length()) != LENGTH) {
      return new Invalid(code, Reason.LENGTH, 0);
    }
    int illegal = firstIllegalCharacter(code);
    if (illegal > 0) {
      return new Invalid(code, Reason.CHARACTER, illegal);
    }
    return checkStructure(code);
  }

  public static boolean isValid(@Nullable String raw) {
    return check(raw).isValid();
  }

  /**
   * Completes the first 17 characters with their check character. Meant for demo data and tests; it
   * checks only the alphabet, not the authority, type or division.
   *
   * @throws IllegalArgumentException unless {@code first17} normalizes to 17 legal characters
   */
  public static String withCheckCharacter(String first17) {
    String head = normalize(first17);
    if (head.length() != LENGTH - 1 || firstIllegalCharacter(head) > 0) {
      throw new IllegalArgumentException("not 17 characters of " + ALPHABET + ": " + first17);
    }
    return head + checkCharacter(head);
  }

  /** Called only with 18 legal characters, so every character is ASCII from here on. */
  private static CreditCodeCheck checkStructure(String code) {
    String types = ORGANIZATION_TYPES.get(code.charAt(0));
    if (types == null) {
      return new Invalid(code, Reason.REGISTRATION_AUTHORITY, 1);
    }
    if (types.indexOf(code.charAt(1)) < 0) {
      return new Invalid(code, Reason.ORGANIZATION_TYPE, 2);
    }
    for (int i = 2; i < 8; i++) {
      if (code.charAt(i) < '0' || code.charAt(i) > '9') {
        return new Invalid(code, Reason.DIVISION, i + 1);
      }
    }
    if (checkCharacter(code.substring(0, LENGTH - 1)) != code.charAt(LENGTH - 1)) {
      return new Invalid(code, Reason.CHECK_CHARACTER, LENGTH);
    }
    return new Valid(code);
  }

  /** The 1-based position of the first character outside the alphabet, or 0 if there is none. */
  private static int firstIllegalCharacter(String code) {
    int[] codePoints = code.codePoints().toArray();
    for (int i = 0; i < codePoints.length; i++) {
      if (ALPHABET.indexOf(codePoints[i]) < 0) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * GB 32100-2015: the weighted sum of the code values of positions 1–17, modulo 31; the check
   * value is 31 minus that remainder, where 31 (a remainder of 0) is written as 0.
   */
  private static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < first17.length(); i++) {
      sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
    }
    int value = 31 - sum % 31;
    return ALPHABET.charAt(value == 31 ? 0 : value);
  }
}
