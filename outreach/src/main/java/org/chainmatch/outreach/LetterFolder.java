package org.chainmatch.outreach;

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

/**
 * Writes letters into one folder, each atomically under its {@link OutreachLetter#fileName()}.
 *
 * <p>File names come from region codes and authority names, which a custom region table or an
 * override could fill with anything; {@code fileName()} keeps only letters, digits, {@code -} and
 * {@code _}, and this class checks again that every resolved path stays directly inside the
 * folder, so no letter can be written elsewhere.
 */
public final class LetterFolder {
  private LetterFolder() {}

  /**
   * Writes {@code letters} into {@code folder} (created if missing).
   *
   * @return the written files, in the letters' order
   * @throws IllegalArgumentException if two letters have the same file name
   * @throws IOException if writing fails
   */
  public static List<Path> write(Path folder, Collection<OutreachLetter> letters)
      throws IOException {
    checkNotNull(folder, "folder");
    checkNotNull(letters, "letters");
    Path dir = folder.toAbsolutePath().normalize();
    Set<String> names = new HashSet<>();
    List<Path> files = new ArrayList<>();
    for (OutreachLetter letter : letters) {
      String name = letter.fileName();
      checkArgument(names.add(name), "two letters share the file name %s", name);
      Path file = dir.resolve(name).normalize();
      // Belt and braces: fileName() already admits no separator or dot-dot.
      checkArgument(
          dir.equals(file.getParent()),
          "letter %s would be written outside %s, as %s",
          letter.requestId(),
          dir,
          file);
      files.add(file);
    }
    Files.createDirectories(dir);
    int i = 0;
    for (OutreachLetter letter : letters) {
      AtomicFiles.writeString(files.get(i++), letter.markdown());
    }
    return files;
  }
}
