package org.chainmatch.office.letter;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chainmatch.core.io.AtomicFiles;
import org.chainmatch.outreach.OutreachLetter;

/**
 * Writes letters as {@code .docx} into one folder, each atomically as {@code <file stem>.docx}
 * beside the Markdown {@code <file stem>.md} that {@link
 * org.chainmatch.outreach.LetterFolder} writes. The stems keep only letters, digits,
 * {@code -} and {@code _}, and every path is checked to stay directly inside the folder.
 */
public final class DocxLetters {
  private DocxLetters() {}

  /**
   * Writes {@code letters} into {@code folder} (created if missing).
   *
   * @return the written files, in the letters' order
   * @throws IllegalArgumentException if two letters have the same file name
   */
  public static List<Path> write(Path folder, Collection<OutreachLetter> letters)
      throws IOException {
    checkNotNull(folder, "folder");
    checkNotNull(letters, "letters");
    Path dir = folder.toAbsolutePath().normalize();
    Set<String> names = new HashSet<>();
    List<Path> files = new ArrayList<>(letters.size());
    for (OutreachLetter letter : letters) {
      String name = letter.fileStem() + ".docx";
      checkArgument(names.add(name), "two letters share the file name %s", name);
      Path file = dir.resolve(name).normalize();
      checkArgument(dir.equals(file.getParent()),
          "letter %s would be written outside %s, as %s", letter.requestId(), dir, file);
      files.add(file);
    }
    Files.createDirectories(dir);
    int i = 0;
    for (OutreachLetter letter : letters) {
      AtomicFiles.write(files.get(i++), DocxLetter.toBytes(letter.content()));
    }
    return files;
  }
}
