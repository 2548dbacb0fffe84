package org.chainmatch.outreach;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;

/**
 * The elements of one letter (函) in the order GB/T 9704-2012 places them, as plain text (no
 * markup), for renderers of any format: the Markdown of {@link LetterTemplate} and the {@code
 * .docx} of the office module read the same content, so both say the same thing.
 *
 * @param requestId the outreach request the letter is written for
 * @param issuer 发文机关标志: the sending authority's name as printed in the letterhead
 * @param number 发文字号, e.g. 苏工信函〔2020〕3号
 * @param title 标题, e.g. 关于商请协助保障熔喷布供应的函
 * @param addressee 主送机关 (without the colon)
 * @param body 正文, in order: paragraphs and the headings of its parts
 * @param attachments 附件, in order: the item list first; numbered from 1 in the 附件说明
 * @param signature 发文机关署名 (落款)
 * @param date 成文日期
 * @param note 附注 without its parentheses, e.g. 联系人：张三，联系电话：0512-12345678
 * @param copyTo 抄送机关, possibly none
 */
public record LetterContent(
    String requestId,
    String issuer,
    String number,
    String title,
    String addressee,
    List<Paragraph> body,
    List<Attachment> attachments,
    String signature,
    LocalDate date,
    String note,
    List<String> copyTo) {

  /** Validates and copies. */
  public LetterContent {
    checkNotNull(requestId, "requestId");
    checkNotNull(issuer, "issuer");
    checkNotNull(number, "number");
    checkNotNull(title, "title");
    checkNotNull(addressee, "addressee");
    checkNotNull(signature, "signature");
    checkNotNull(date, "date");
    checkNotNull(note, "note");
    body = ImmutableList.copyOf(body);
    attachments = ImmutableList.copyOf(attachments);
    copyTo = ImmutableList.copyOf(copyTo);
    checkArgument(!body.isEmpty(), "letter %s has no body", requestId);
  }

  /** 成文日期 as GB/T 9704 writes it: Arabic numerals, no leading zeros, e.g. 2020年2月7日. */
  public String dateText() {
    return LetterTemplate.chineseDate(date);
  }

  /**
   * The 附件说明 lines: {@code 附件：商请协助保障事项清单} for one attachment, else {@code 1.
   * 名称} for each (the renderer puts 附件： before the first).
   */
  public List<String> attachmentNotes() {
    if (attachments.size() == 1) {
      return List.of(attachments.get(0).title());
    }
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (int i = 0; i < attachments.size(); i++) {
      out.add((i + 1) + ". " + attachments.get(i).title());
    }
    return out.build();
  }

  /** The label of attachment {@code i} (0-based) on its own page: 附件 or 附件2. */
  public String attachmentLabel(int i) {
    return attachments.size() == 1 ? "附件" : "附件" + (i + 1);
  }

  /** What a body paragraph is, which decides its font and indentation. */
  public enum Kind {
    /** A paragraph of text, first line indented two characters. */
    TEXT,
    /** A first-level heading (一、…), 黑体 in GB/T 9704. */
    HEADING
  }

  /**
   * One paragraph of the 正文.
   *
   * @param kind text or heading
   * @param text plain text, one line
   */
  public record Paragraph(Kind kind, String text) {
    /** Validates the components. */
    public Paragraph {
      checkNotNull(kind, "kind");
      checkNotNull(text, "text");
    }
  }

  /**
   * An attachment: a titled table.
   *
   * @param title the attachment's name, as the 附件说明 lists it
   * @param columns the table's header
   * @param rows the rows, each as long as the header
   */
  public record Attachment(String title, List<String> columns, List<List<String>> rows) {
    /** Validates and copies. */
    public Attachment {
      checkNotNull(title, "title");
      columns = ImmutableList.copyOf(columns);
      rows = rows.stream().map(ImmutableList::copyOf).collect(ImmutableList.toImmutableList());
      for (List<String> row : rows) {
        checkArgument(row.size() == columns.size(),
            "attachment %s: a row has %s cells for %s columns", title, row.size(), columns.size());
      }
    }
  }
}
