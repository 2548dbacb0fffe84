package org.chainmatch.examples.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.chainmatch.core.RegionCode;
import org.chainmatch.outreach.LetterTemplate;
import picocli.CommandLine.Option;

/**
 * How the letters (函) are written: from a letter file ({@code --letters-config}) and flags, flags
 * winning. The file is UTF-8 {@code key=value} lines ({@code #} starts a comment) with the keys
 * {@link #KEYS}; see the README.
 */
final class LetterOptions {
  /** The keys a letter file may hold. */
  static final Set<String> KEYS = Set.of("sender", "letterhead", "disruption", "contact_name",
      "contact_phone", "number_pattern", "first_number", "copy_to", "copy_to_target_province");

  @Option(names = "--letters-config", paramLabel = "F",
      description = "Letter settings file, UTF-8 key=value lines: sender, letterhead, disruption, "
          + "contact_name, contact_phone, number_pattern, first_number, copy_to (names separated "
          + "by 、 or ,), copy_to_target_province (true/false). Flags below override it.")
  Path config;

  @Option(names = "--sender", paramLabel = "NAME",
      description = "Sending authority as signed (default: the home city's 工业和信息化局).")
  String sender;

  @Option(names = "--letterhead", paramLabel = "NAME",
      description = "发文机关标志 printed in red at the top (default: the sender).")
  String letterhead;

  @Option(names = "--disruption", paramLabel = "TEXT",
      description = "What disrupted supply, as the letters name it, e.g. 新冠肺炎疫情 (default: 突发事件).")
  String disruption;

  @Option(names = "--contact-name", paramLabel = "NAME",
      description = "Contact person in the letters' 附注 (default: （待填写）).")
  String contactName;

  @Option(names = "--contact-phone", paramLabel = "PHONE",
      description = "Contact telephone in the letters' 附注 (default: （待填写）).")
  String contactPhone;

  @Option(names = "--letter-number", paramLabel = "PATTERN",
      description = "发文字号 pattern; {year} and {n} are replaced, e.g. 苏工信函〔{year}〕{n}号 "
          + "(default: （机关代字）函〔{year}〕{n}号).")
  String numberPattern;

  @Option(names = "--first-letter-number", paramLabel = "N",
      description = "Number of the first letter of this run; the next letters count up (default: 1).")
  Integer firstNumber;

  @Option(names = "--copy-to", paramLabel = "NAME", split = ",",
      description = "Authority every letter is copied to (抄送); repeat or separate with commas.")
  List<String> copyTo;

  @Option(names = "--no-copy-to-province",
      description = "Do not copy a letter to another province's city to that province's industry department.")
  boolean noProvinceCopy;

  /** The template for {@code city}, from the file and the flags. */
  LetterTemplate template(RegionCode city) throws IOException {
    Properties file = new Properties();
    if (config != null) {
      try (Reader r = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
        file.load(r);
      }
      Set<String> unknown = new TreeSet<>(file.stringPropertyNames());
      unknown.removeAll(KEYS);
      if (!unknown.isEmpty()) {
        throw new ChainmatchCli.UsageException("--letters-config " + config + ": unknown key(s) "
            + unknown + "; known: " + new TreeSet<>(KEYS));
      }
    }
    LetterTemplate.Builder b = LetterTemplate.builder(city);
    try {
      String v;
      if ((v = pick(sender, file, "sender")) != null) {
        b.sender(v);
      }
      if ((v = pick(letterhead, file, "letterhead")) != null) {
        b.issuer(v);
      }
      if ((v = pick(disruption, file, "disruption")) != null) {
        b.disruption(v);
      }
      if ((v = pick(contactName, file, "contact_name")) != null) {
        b.contactName(v);
      }
      if ((v = pick(contactPhone, file, "contact_phone")) != null) {
        b.contactPhone(v);
      }
      if ((v = pick(numberPattern, file, "number_pattern")) != null) {
        b.numberPattern(v);
      }
      if ((v = pick(firstNumber == null ? null : firstNumber.toString(), file, "first_number")) != null) {
        b.firstNumber(parseInt(v));
      }
      List<String> copies = new ArrayList<>();
      if (copyTo != null) {
        copyTo.stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(copies::add);
      } else if (file.getProperty("copy_to") != null) {
        for (String s : file.getProperty("copy_to").split("[、,，]")) {
          if (!s.isBlank()) {
            copies.add(s.strip());
          }
        }
      }
      b.copyTo(copies.toArray(String[]::new));
      String province = file.getProperty("copy_to_target_province");
      if (province != null && !province.strip().matches("true|false")) {
        throw new IllegalArgumentException("copy_to_target_province must be true or false but was " + province);
      }
      b.copyToTargetProvince(!noProvinceCopy && (province == null || Boolean.parseBoolean(province.strip())));
    } catch (IllegalArgumentException e) {
      throw new ChainmatchCli.UsageException(
          (config == null ? "" : "letter settings (" + config + "): ") + e.getMessage());
    }
    return b.build();
  }

  private static String pick(String flag, Properties file, String key) {
    if (flag != null) {
      return flag;
    }
    String v = file.getProperty(key);
    return v == null ? null : v.strip();
  }

  private static int parseInt(String v) {
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("first letter number must be a whole number but was " + v);
    }
  }
}
